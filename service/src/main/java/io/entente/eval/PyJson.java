package io.entente.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Python's {@code json.dumps(value, indent=1)} with its default ASCII escaping. */
final class PyJson {

    private PyJson() {
    }

    static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private static void write(Object value, int level, StringBuilder out) {
        switch (value) {
            case Map<?, ?> map -> writeObject(map, level, out);
            case List<?> list -> writeArray(list, level, out);
            default -> out.append(scalar(value));
        }
    }

    private static void writeObject(Map<?, ?> map, int level, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            out.append(" ".repeat(level + 1)).append(quote(key(e.getKey()))).append(": ");
            write(e.getValue(), level + 1, out);
        }
        out.append('\n').append(" ".repeat(level)).append('}');
    }

    private static void writeArray(List<?> list, int level, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(",\n");
            }
            out.append(" ".repeat(level + 1));
            write(list.get(i), level + 1, out);
        }
        out.append('\n').append(" ".repeat(level)).append(']');
    }

    /** How json.dumps turns a non-string dict key into a string. */
    private static String key(Object k) {
        return k instanceof String s ? s : scalar(k);
    }

    private static String scalar(Object v) {
        return switch (v) {
            case null -> "null";
            case Boolean b -> b ? "true" : "false";
            case Double d when Double.isNaN(d) -> "NaN";
            case Double d when Double.isInfinite(d) -> d > 0 ? "Infinity" : "-Infinity";
            case Double d -> PyText.floatRepr(d);
            case Number n -> n.toString();
            case String s -> quote(s);
            default -> quote(v.toString());
        };
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < ' ' || c > '~') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
