package io.entente.api;

import java.util.ArrayList;
import java.util.List;

/** A Relay cursor connection over an offset-addressed list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public record Edge<T>(T node, String cursor) { }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) { }

    /** Builds the page from {@code nodes} fetched at {@code offset} (one more than asked tells if there is a next page). */
    static <T> Connection<T> of(List<T> nodes, PageRequest page, int totalCount) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(nodes.size(), page.first()); i++) {
            edges.add(new Edge<>(nodes.get(i), Cursors.encode(page.offset() + i)));
        }
        boolean hasNext = nodes.size() > page.first();
        String start = edges.isEmpty() ? null : edges.getFirst().cursor();
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(edges, new PageInfo(hasNext, page.offset() > 0, start, end), totalCount);
    }
}
