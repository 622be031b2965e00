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
 * of the latest report, and every article's mention.
 */
final class NodeRows {

    private final Map<String, Map<String, List<Map<String, Object>>>> byLabel = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    void add(String articleId, ResolvedNode n) {
        Map<String, List<Map<String, Object>>> rows = byLabel.computeIfAbsent(n.label(), k -> new LinkedHashMap<>());
        List<Map<String, Object>> holder = rows.computeIfAbsent(n.id(), k -> new ArrayList<>());
        Map<String, Object> mention = new HashMap<>();
        mention.put("articleId", articleId);
        mention.put("name", n.aliases().isEmpty() ? n.name() : n.aliases().getFirst());
        mention.put("rule", n.rule());
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

    /** Label → rows, one per node. */
    Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        byLabel.forEach((label, nodes) -> out.put(label, nodes.values().stream().map(List::getFirst).toList()));
        return out;
    }
}
