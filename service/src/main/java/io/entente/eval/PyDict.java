package io.entente.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An insertion-ordered dict with Python key equality ({@code 1 == 1.0 == True}); like Python it
 * keeps the first key object it saw and the position of the first insertion.
 */
final class PyDict<V> {

    private final Map<PyValue.Key, Map.Entry<Object, V>> entries = new LinkedHashMap<>();

    V get(Object key) {
        Map.Entry<Object, V> e = entries.get(PyValue.key(key));
        return e == null ? null : e.getValue();
    }

    boolean containsKey(Object key) {
        return entries.containsKey(PyValue.key(key));
    }

    void put(Object key, V value) {
        PyValue.Key k = PyValue.key(key);
        Map.Entry<Object, V> old = entries.get(k);
        entries.put(k, Map.entry(wrapNull(old == null ? key : unwrapNull(old.getKey())), value));
    }

    /** {@code defaultdict.__getitem__}. */
    V computeIfAbsent(Object key, Supplier<V> fresh) {
        V value = get(key);
        if (value == null && !containsKey(key)) {
            value = fresh.get();
            put(key, value);
        }
        return value;
    }

    int size() {
        return entries.size();
    }

    List<Object> keys() {
        return entries.values().stream().map(e -> unwrapNull(e.getKey())).toList();
    }

    List<Map.Entry<Object, V>> items() {
        List<Map.Entry<Object, V>> out = new ArrayList<>();
        entries.values().forEach(e -> out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(
                unwrapNull(e.getKey()), e.getValue())));
        return out;
    }

    /** {@code sorted(d.items())}: keys of one kind only, strings by code point, numbers by value. */
    List<Map.Entry<Object, V>> sortedItems() {
        List<Map.Entry<Object, V>> out = items();
        if (out.size() < 2) {
            return out;
        }
        boolean allStrings = out.stream().allMatch(e -> e.getKey() instanceof String);
        boolean allNumbers = out.stream().allMatch(e -> PyValue.isNumeric(e.getKey()));
        if (allStrings) {
            out.sort(Map.Entry.comparingByKey(Comparator.comparing(k -> (String) k, PyDict::compareCodePoints)));
        } else if (allNumbers) {
            out.sort(Map.Entry.comparingByKey(Comparator.comparing(PyDict::numeric)));
        } else {
            throw new ScoringException("TypeError: '<' not supported between instances of mixed key types "
                    + keys().stream().map(PyValue::typeName).distinct().toList());
        }
        return out;
    }

    private static BigDecimal numeric(Object key) {
        if (key instanceof Double d && !Double.isFinite(d)) {
            return d > 0 ? BigDecimal.valueOf(Double.MAX_VALUE).multiply(BigDecimal.TEN)
                    : BigDecimal.valueOf(-Double.MAX_VALUE).multiply(BigDecimal.TEN);
        }
        return PyValue.exact(key);
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static final Object NULL = new Object();

    private static Object wrapNull(Object key) {
        return key == null ? NULL : key;
    }

    private static Object unwrapNull(Object key) {
        return key == NULL ? null : key;
    }
}
