package io.entente.api;

import java.util.List;
import java.util.Map;

/** Null-tolerant reads of the plain maps Cypher map projections come back as. */
final class Values {

    private Values() {
    }

    static String str(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static Integer integer(Map<String, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : null;
    }

    static int count(Map<String, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : 0;
    }

    static Double decimal(Map<String, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, ?> m, String key) {
        return m.get(key) instanceof Map<?, ?> v ? (Map<String, Object>) v : null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, ?> m, String key) {
        return m.get(key) instanceof List<?> v ? (List<Map<String, Object>>) v : List.of();
    }
}
