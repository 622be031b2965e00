package io.entente.eval;

import static io.entente.eval.PyText.str;
import static io.entente.eval.PyValue.get;
import static io.entente.eval.PyValue.item;
import static io.entente.eval.PyValue.truthy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** score.py's {@code score_article}: one article's gold graph against its prediction (or none). */
final class ArticleScorer {

    private static final Set<String> SYMMETRIC = Set.of("ALLIED_WITH", "MET_WITH");

    private final ScoreTallies tallies;

    ArticleScorer(ScoreTallies tallies) {
        this.tallies = tallies;
    }

    void score(Object gold, Object pred) {
        String aid = str(item(gold, "articleId"));
        List<Object> goldEntities = PyValue.iterate(get(gold, "entities", List.of()));
        List<Object> predEntities = pred != null ? PyValue.iterate(get(pred, "entities", List.of())) : List.of();
        PyDict<Object> mapping = matchEntities(aid, goldEntities, predEntities);

        List<Object> goldRelations = PyValue.iterate(get(gold, "relations", List.of()));
        boolean[] goldUsed = new boolean[goldRelations.size()];
        List<Object> predRelations = pred != null ? PyValue.iterate(get(pred, "relations", List.of())) : List.of();
        for (Object r : predRelations) {
            scoreRelation(aid, r, mapping, goldRelations, goldUsed);
        }
        for (int i = 0; i < goldRelations.size(); i++) {
            Object g = goldRelations.get(i);
            if (!goldUsed[i] && !truthy(get(g, "optional"))) {
                tallies.relation(item(g, "type")).add(0, 0, 1);
                tallies.error(aid + ": missed " + str(item(g, "type"))
                        + "(" + str(item(g, "subject")) + " -> " + str(item(g, "object")) + ")");
            }
        }
    }

    /** Greedy one-to-one matching in prediction order; returns predicted key to gold key. */
    private PyDict<Object> matchEntities(String aid, List<Object> goldEntities, List<Object> predEntities) {
        PyDict<Boolean> goldKeys = new PyDict<>();
        goldEntities.forEach(g -> goldKeys.put(item(g, "key"), Boolean.TRUE));
        PyDict<Object> mapping = new PyDict<>();
        PyDict<Boolean> used = new PyDict<>();
        for (Object p : predEntities) {
            Object match = null;
            for (Object g : goldEntities) {
                if (!used.containsKey(item(g, "key")) && EntityMatcher.sameEntity(p, g)) {
                    match = g;
                    break;
                }
            }
            if (match == null) {
                tallies.entity(get(p, "type", "?")).add(0, 1, 0);
                tallies.error(aid + ": extra " + str(get(p, "type")) + " "
                        + str(PyValue.or(get(p, "name"), get(p, "key"))));
                continue;
            }
            mapping.put(get(p, "key"), item(match, "key"));
            used.put(item(match, "key"), Boolean.TRUE);
            if (!truthy(get(match, "optional"))) {
                tallies.entity(item(match, "type")).add(1, 0, 0);
            }
        }
        for (Object g : goldEntities) {
            if (!used.containsKey(item(g, "key")) && !truthy(get(g, "optional"))) {
                tallies.entity(item(g, "type")).add(0, 0, 1);
                tallies.error(aid + ": missed " + str(item(g, "type")) + " "
                        + str(PyValue.or(get(g, "name"), item(g, "key"))));
            }
        }
        return mapping;
    }

    private void scoreRelation(String aid, Object r, PyDict<Object> mapping, List<Object> goldRelations,
                               boolean[] goldUsed) {
        Object type = get(r, "type");
        if (!(get(r, "subject") instanceof String subjectKey) || !(get(r, "object") instanceof String objectKey)) {
            throw new ScoringException(aid + ": a predicted relation names one subject key and one object key: "
                    + PyText.repr(r));
        }
        Object s = mapping.get(subjectKey);
        Object o = mapping.get(objectKey);
        int hit = -1;
        for (int i = 0; i < goldRelations.size(); i++) {
            Object g = goldRelations.get(i);
            if (goldUsed[i] || !PyValue.eq(item(g, "type"), type)) {
                continue;
            }
            List<?> gs = PyValue.asList(item(g, "subject"));
            List<?> go = PyValue.asList(item(g, "object"));
            if ((PyValue.in(s, gs) && PyValue.in(o, go))
                    || (type instanceof String t && SYMMETRIC.contains(t) && PyValue.in(s, go) && PyValue.in(o, gs))) {
                hit = i;
                break;
            }
        }
        if (hit < 0) {
            tallies.relation(type).add(0, 1, 0);
            tallies.error(aid + ": extra " + str(type) + "(" + subjectKey + " -> " + objectKey + ")");
            return;
        }
        goldUsed[hit] = true;
        Object g = goldRelations.get(hit);
        if (truthy(get(g, "optional"))) {
            return;
        }
        tallies.relation(type).add(1, 0, 0);
        scoreAttributes(r, g);
    }

    private void scoreAttributes(Object r, Object g) {
        if (truthy(get(g, "date"))) {
            boolean ok = PyText.startsWith(str(PyValue.or(get(r, "date"), "")), str(item(g, "date")));
            tallies.attribute("date").add(ok ? 1 : 0, 0, ok ? 0 : 1);
        }
        Object goldTroops = get(PyValue.or(get(g, "attrs"), Map.of()), "troops");
        if (goldTroops != null) {
            boolean ok = PyValue.eq(get(PyValue.or(get(r, "attrs"), Map.of()), "troops"), goldTroops);
            tallies.attribute("troops").add(ok ? 1 : 0, 0, ok ? 0 : 1);
        }
    }
}
