package io.entente.resolve;

import io.entente.extract.Evidence;
import io.entente.extract.Relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rewrites an article's relations onto canonical ids: one relationship id per (type, subject,
 * object) with symmetric types in id order, and one Evidence node's properties per relation.
 */
final class RelationResolver {

    /** A resolved end of a relation. */
    record NodeRef(String label, String id) {
    }

    private final String articleId;

    RelationResolver(String articleId) {
        this.articleId = articleId;
    }

    List<ResolvedRelation> resolve(List<Relation> relations, Map<String, NodeRef> byKey, Resolver.NodeMerger nodes) {
        Map<String, ResolvedRelation> byId = new LinkedHashMap<>();
        for (Relation r : relations) {
            NodeRef s = byKey.get(r.subject());
            NodeRef o = byKey.get(r.object());
            if (s == null || o == null || r.type() == null || s.equals(o)) {
                continue; // an end that did not become a node: nothing to attach the claim to
            }
            if (Keys.SYMMETRIC.contains(r.type()) && s.id().compareTo(o.id()) > 0) {
                NodeRef t = s;
                s = o;
                o = t;
            }
            String relId = Keys.relation(r.type(), s.id(), o.id());
            ResolvedRelation resolved = new ResolvedRelation(relId, r.type(), s.id(), s.label(), o.id(), o.label(),
                    evidence(relId, r, deploymentOf(r, s, o, nodes)));
            ResolvedRelation old = byId.get(relId);
            if (old == null || confidence(resolved) > confidence(old)) {
                byId.put(relId, resolved);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private Map<String, Object> evidence(String relId, Relation r, String deploymentId) {
        Evidence ev = r.evidence();
        int start = ev == null ? 0 : ev.start();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", Keys.evidence(relId, articleId, start));
        props.put("relId", relId);
        props.put("type", r.type());
        props.put("articleId", articleId);
        props.put("sentence", ev == null || ev.sentence() == null ? "" : ev.sentence());
        props.put("start", start);
        props.put("end", ev == null ? 0 : ev.end());
        props.put("confidence", ev == null ? 0.5 : ev.confidence());
        props.put("claimStatus", r.claimStatus().wire());
        putIfPresent(props, "date", r.date());
        putIfPresent(props, "extractor", ev == null ? null : ev.extractor());
        putIfPresent(props, "extractorVersion", ev == null ? null : ev.version());
        putIfPresent(props, "deploymentId", deploymentId);
        r.attrs().forEach((k, v) -> {
            if (!props.containsKey(k) && (v instanceof String || v instanceof Number || v instanceof Boolean)) {
                props.put(k, v instanceof Number n && !(v instanceof Double || v instanceof Float) ? n.longValue() : v);
            }
        });
        return props;
    }

    /** The TroopDeployment of this article a DEPLOYED_TO relation reports, so each source's figure stays visible. */
    private static String deploymentOf(Relation r, NodeRef s, NodeRef o, Resolver.NodeMerger nodes) {
        if (!r.type().equals("DEPLOYED_TO")) {
            return null;
        }
        return nodes.nodes().stream()
                .filter(n -> n.label().equals("TroopDeployment")
                        && Objects.equals(n.props().get("from"), s.id()) && Objects.equals(n.props().get("to"), o.id()))
                .map(ResolvedNode::id).findFirst().orElse(null);
    }

    private static double confidence(ResolvedRelation r) {
        return r.evidence().get("confidence") instanceof Number n ? n.doubleValue() : 0;
    }

    private static void putIfPresent(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
