package io.entente.extract;

import java.util.List;

/** Organisation nodes: one from the gazetteer, or an ad hoc body named in the text (merged with one of the same name). */
final class BodyNodes {

    private BodyNodes() {
    }

    static Node known(ArticleModel model, Gazetteer.OrgInfo info) {
        Node n = model.org(info.key(), info.name());
        n.standalone = !"media".equals(info.kind()); // an outlet in a dateline ("(Reuters)") is no entity unless it reports
        n.aliases.addAll(info.aliases());
        if (!info.country().isEmpty()) {
            n.attrs.put("country", info.country());
            if (n.standalone) { // an outlet's home state plays no part in the story it files
                model.country(info.country());
            }
        }
        if (!info.kind().isEmpty()) {
            n.attrs.put("kind", info.kind());
        }
        return n;
    }

    static Node adHoc(ArticleModel model, String name, String kind, String country) {
        String clean = name.replaceFirst("^(?i)the\\s+", "");
        if (country == null) { // "the Foreign Ministry" again, after "Iran's foreign ministry"
            String tail = " " + clean.toLowerCase(java.util.Locale.ROOT);
            List<Node> same = model.nodes.values().stream().filter(n -> n.type.equals("Organization")
                    && (n.name.equalsIgnoreCase(clean) || n.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(clean)
                    || a.toLowerCase(java.util.Locale.ROOT).endsWith(tail)))).toList();
            if (same.size() == 1) {
                return same.getFirst();
            }
        }
        Node n = model.org(ArticleModel.slug((country == null ? "" : country + " ") + clean), clean);
        n.standalone = true;
        n.attrs.put("kind", kind == null || kind.isEmpty() ? "other" : kind);
        if (country != null) {
            n.attrs.put("country", country);
        }
        return n;
    }
}
