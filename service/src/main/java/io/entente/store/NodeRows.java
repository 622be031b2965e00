package io.entente.store;

import io.entente.resolve.ResolvedNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the nodes of several articles into one parameter row per (label, id): all names as
 * aliases, the first value of each property, the span of deployment dates with the troop figure
 * of the latest report, and every article's mention. A mention keeps what its article said of
 * a treaty or deployment (see {@link #CONTRIBUTED}), so the node's fields can be recomputed
 * when that article changes.
 */
final class NodeRows {

    /** Node fields derived from several articles: each article's value is kept on its MENTIONS. */
    static final Map<String, List<String>> CONTRIBUTED = Map.of(
            "Treaty", List.of("signedDate", "status"),
            "TroopDeployment", List.of("date", "troops", "location"));

    /** Labels in write order: a deployment's AT needs its Location written first. */
    static final List<String> LABELS = List.of("Country", "Organization", "Location", "Person", "Treaty", "TroopDeployment");

    private final Map<String, Map<String, List<Map<String, Object>>>> byLabel = new LinkedHashMap<>();

    /**
     * Adds one article's node; {@code published} is the article's date, {@code locationId} the
     * Location node a deployment's location names in the same article (null if none).
     */
    @SuppressWarnings("unchecked")
    void add(String articleId, String published, ResolvedNode n, String locationId) {
        Map<String, List<Map<String, Object>>> rows = byLabel.computeIfAbsent(n.label(), k -> new LinkedHashMap<>());
        List<Map<String, Object>> holder = rows.computeIfAbsent(n.id(), k -> new ArrayList<>());
        Map<String, Object> said = new HashMap<>();
        said.put("name", n.aliases().isEmpty() ? n.name() : n.aliases().getFirst());
        said.put("rule", n.rule());
        if (CONTRIBUTED.containsKey(n.label())) {
            said.put("published", published);
            CONTRIBUTED.get(n.label()).forEach(k -> said.put(k, n.props().get(k)));
            said.put("locationId", locationId);
        }
        Map<String, Object> mention = new HashMap<>();
        mention.put("articleId", articleId);
        mention.put("props", said);
        if (holder.isEmpty()) {
            Map<String, Object> row = new HashMap<>(n.props());
            row.put("id", n.id());
            row.put("name", n.name());
            row.put("aliases", new ArrayList<>(n.aliases()));
            row.put("rule", n.rule());
            row.put("mentions", new ArrayList<>(List.of(mention)));
            String date = (String) n.props().get("date");
            row.put("firstDate", date);
            row.put("lastDate", date);
            row.put("troopsDate", date);
            holder.add(row);
            return;
        }
        Map<String, Object> row = holder.getFirst();
        List<String> aliases = (List<String>) row.get("aliases");
        n.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        ((List<Map<String, Object>>) row.get("mentions")).add(mention);
        n.props().forEach(row::putIfAbsent);
        if (row.get("rule") == null) {
            row.put("rule", n.rule());
        }
        String date = (String) n.props().get("date");
        if (date != null) {
            if (row.get("firstDate") == null || date.compareTo((String) row.get("firstDate")) < 0) {
                row.put("firstDate", date);
            }
            if (row.get("lastDate") == null || date.compareTo((String) row.get("lastDate")) >= 0) {
                row.put("lastDate", date);
                if (n.props().get("troops") != null) {
                    row.put("troops", n.props().get("troops"));
                    row.put("troopsDate", date);
                }
            }
        }
    }

    /** Label → rows, one per node, labels in {@link #LABELS} order. */
    Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        LABELS.forEach(label -> {
            if (byLabel.containsKey(label)) {
                out.put(label, byLabel.get(label).values().stream().map(List::getFirst).toList());
            }
        });
        return out;
    }
}
