package io.entente.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** score.py's {@code same_entity}: whether a predicted entity is a given gold entity. */
final class EntityMatcher {

    private EntityMatcher() {
    }

    static boolean sameEntity(Object p, Object g) {
        Object type = PyValue.item(g, "type");
        if (!PyValue.eq(PyValue.get(p, "type"), type)) {
            return false;
        }
        if ("Country".equals(type)) {
            return code(PyValue.get(p, "key")).equals(code(PyValue.get(g, "key")));
        }
        if ("TroopDeployment".equals(type)) {
            return code(PyValue.get(p, "from")).equals(code(PyValue.get(g, "from")))
                    && code(PyValue.get(p, "to")).equals(code(PyValue.get(g, "to")));
        }
        if ("Treaty".equals(type)) {
            Set<String> predicted = codes(PyValue.get(p, "parties", List.of()));
            Set<String> gold = codes(PyValue.get(g, "parties", List.of()));
            if (predicted.size() >= 2 && gold.size() >= 2) {
                return predicted.equals(gold);
            }
        }
        return overlaps(names(p), names(g));
    }

    /** The normalised name and aliases, without the empty string. */
    static Set<String> names(Object e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(NameNormalizer.norm(PyValue.get(e, "name", "")));
        for (Object alias : PyValue.iterate(PyValue.or(PyValue.get(e, "aliases", List.of()), List.of()))) {
            out.add(NameNormalizer.norm(alias));
        }
        out.remove("");
        return out;
    }

    /** {@code str(x or "").strip().upper()}. */
    static String code(Object x) {
        return PyText.strip(PyText.str(PyValue.or(x, ""))).toUpperCase(Locale.ROOT);
    }

    private static Set<String> codes(Object parties) {
        Set<String> out = new LinkedHashSet<>();
        for (Object party : PyValue.iterate(PyValue.or(parties, List.of()))) {
            out.add(code(party));
        }
        return out;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
