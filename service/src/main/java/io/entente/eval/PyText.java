package io.entente.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Python's text conversions of plain JSON values: {@code str()}, {@code repr()}, float repr,
 * {@code format(x, '.3f')}, whitespace and padding measured in code points.
 */
final class PyText {

    private PyText() {
    }

    static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    static String repr(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Double d -> floatRepr(d);
            case Number n -> n.toString();
            case String s -> stringRepr(s);
            case List<?> l -> l.stream().map(PyText::repr).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> m -> m.entrySet().stream()
                    .map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> v.toString();
        };
    }

    /** Python's shortest round-tripping repr, e.g. {@code 0.6666666666666666}, {@code 1.0}, {@code 5e-05}. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDecimal(d).stripTrailingZeros();
        String sign = shortest.signum() < 0 ? "-" : "";
        String digits = shortest.unscaledValue().abs().toString();
        int pointPosition = digits.length() - shortest.scale(); // value = 0.digits x 10^pointPosition
        if (pointPosition <= -4 || pointPosition > 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exponent = pointPosition - 1;
            String exponentDigits = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits;
        }
        if (pointPosition <= 0) {
            return sign + "0." + "0".repeat(-pointPosition) + digits;
        }
        if (pointPosition >= digits.length()) {
            return sign + digits + "0".repeat(pointPosition - digits.length()) + ".0";
        }
        return sign + digits.substring(0, pointPosition) + "." + digits.substring(pointPosition);
    }

    /**
     * The fewest significant digits that read back as {@code d}; of two such, the one nearer to
     * {@code d} (David Gay's rule, which Python's repr follows).
     */
    private static BigDecimal shortestDecimal(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == d && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** {@code format(x, '.3f')}: rounds the exact binary value half-even, as Python does. */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code format(x, '7.3f')} and the like. */
    static String fixed3(double x, int width) {
        return padLeft(fixed3(x), width);
    }

    /**
     * {@code format(k, '14')} for a dict key: strings pad on the right, numbers on the left;
     * None cannot be formatted with a width.
     */
    static String formatWidth(Object key, int width) {
        return switch (key) {
            case String s -> padRight(s, width);
            case Boolean b -> padLeft(b ? "1" : "0", width);
            case Double d -> padLeft(floatRepr(d), width);
            case BigInteger i -> padLeft(i.toString(), width);
            case Number n -> padLeft(n.toString(), width);
            case null, default -> throw new ScoringException(
                    "TypeError: unsupported format string passed to " + PyValue.typeName(key) + ".__format__");
        };
    }

    static String padRight(String s, int width) {
        int missing = width - s.codePointCount(0, s.length());
        return missing > 0 ? s + " ".repeat(missing) : s;
    }

    static String padLeft(String s, int width) {
        int missing = width - s.codePointCount(0, s.length());
        return missing > 0 ? " ".repeat(missing) + s : s;
    }

    /** Python's {@code str.isspace()} and regex {@code \s} for one code point. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0b, '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680,
                 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200a;
        };
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** {@code s.startswith(prefix)}, comparing code points as Python strings do. */
    static boolean startsWith(String s, String prefix) {
        int[] text = s.codePoints().toArray();
        int[] head = prefix.codePoints().toArray();
        if (head.length > text.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (text[i] != head[i]) {
                return false;
            }
        }
        return true;
    }

    private static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()}: not Other and not a separator other than the space. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }
}
