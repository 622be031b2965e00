package io.entente.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python semantics for plain JSON values (Map, List, String, Boolean, Number, null), so that the
 * scorer decides exactly as score.py does: truthiness, {@code ==} (where {@code True == 1} and
 * {@code 3000 == 3000.0}), dict keys, iteration and item access.
 */
final class PyValue {

    /** Marks a key that is absent, as opposed to present with a JSON null value. */
    static final Object ABSENT = new Object();

    private PyValue() {
    }

    static boolean truthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Double d -> d != 0.0;
            case BigInteger i -> i.signum() != 0;
            case Number n -> n.longValue() != 0;
            case String s -> !s.isEmpty();
            case List<?> l -> !l.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }

    /** {@code x or fallback}. */
    static Object or(Object v, Object fallback) {
        return truthy(v) ? v : fallback;
    }

    static boolean eq(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return numericEquals(a, b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!eq(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            return x.entrySet().stream().allMatch(e -> eq(e.getValue(), y.get(e.getKey())));
        }
        return a instanceof String && a.equals(b);
    }

    /** {@code x in xs} for a Python list. */
    static boolean in(Object x, List<?> xs) {
        return xs.stream().anyMatch(item -> eq(item, x));
    }

    /** {@code x if isinstance(x, list) else [x]}. */
    static List<?> asList(Object x) {
        return x instanceof List<?> l ? l : java.util.Collections.singletonList(x);
    }

    /** The items a Python {@code for} loop visits: list items, string characters or dict keys. */
    static List<Object> iterate(Object v) {
        return switch (v) {
            case List<?> l -> new ArrayList<>(l);
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case String s -> s.codePoints().mapToObj(Character::toString).map(Object.class::cast).toList();
            case null, default -> throw new ScoringException(
                    "TypeError: '" + typeName(v) + "' object is not iterable");
        };
    }

    /** {@code d.get(key, fallback)}: fallback only when the key is absent. */
    static Object get(Object dict, String key, Object fallback) {
        Map<?, ?> map = dict(dict);
        return map.containsKey(key) ? map.get(key) : fallback;
    }

    static Object get(Object dict, String key) {
        return get(dict, key, null);
    }

    /** {@code d[key]}. */
    static Object item(Object dict, String key) {
        Map<?, ?> map = dict(dict);
        if (!map.containsKey(key)) {
            throw new ScoringException("KeyError: " + PyText.repr(key));
        }
        return map.get(key);
    }

    static Map<?, ?> dict(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw new ScoringException("AttributeError: '" + typeName(v) + "' object has no attribute 'get'");
    }

    /** The Python type name, for error messages. */
    static String typeName(Object v) {
        return switch (v) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Double d -> "float";
            case Number n -> "int";
            case String s -> "str";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            default -> v.getClass().getSimpleName();
        };
    }

    /**
     * A value usable as a key with Python's dict equality: {@code 1}, {@code 1.0} and {@code True}
     * are one key. Lists and dicts are unhashable, as in Python.
     */
    static Key key(Object v) {
        return new Key(switch (v) {
            case null -> Key.NONE;
            case String s -> s;
            case Double d when Double.isFinite(d) && d == Math.rint(d) -> new BigDecimal(d).toBigInteger();
            case Double d -> d;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger i -> i;
            case Number n -> BigInteger.valueOf(n.longValue());
            default -> throw new ScoringException("TypeError: unhashable type: '" + typeName(v) + "'");
        });
    }

    /** A canonical hashable form; see {@link #key(Object)}. */
    record Key(Object canonical) {
        static final Object NONE = new Object();

        Key {
            Objects.requireNonNull(canonical);
        }
    }

    static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    private static boolean numericEquals(Object a, Object b) {
        if (a instanceof Double x && !Double.isFinite(x) || b instanceof Double y && !Double.isFinite(y)) {
            return a instanceof Double x2 && b instanceof Double y2 && x2.doubleValue() == y2.doubleValue();
        }
        return exact(a).compareTo(exact(b)) == 0;
    }

    /** The exact value of a finite number or bool. */
    static BigDecimal exact(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case Double d -> new BigDecimal(d);
            case BigInteger i -> new BigDecimal(i);
            case Number n -> BigDecimal.valueOf(n.longValue());
            default -> throw new IllegalArgumentException("not a number: " + v);
        };
    }
}
