package io.entente.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * score.py's {@code norm()}: NFKD, drop combining marks, lower case, every character that is
 * neither a word character nor whitespace (Python's Unicode {@code [^\w\s]}) becomes a space,
 * runs of whitespace become one space, and a leading "the " is dropped.
 */
final class NameNormalizer {

    /** U+0345 has the highest common combining class (240), U+0334 the lowest (1). */
    private static final String HIGH_CLASS_MARK = "\u0345";
    private static final String LOW_CLASS_MARK = "\u0334";

    private static final Map<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

    private NameNormalizer() {
    }

    static String norm(Object value) {
        String decomposed = Normalizer.normalize(PyText.str(value), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder();
        decomposed.codePoints().filter(cp -> !isCombining(cp)).forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        for (int cp : lower.codePoints().toArray()) {
            if (PyText.isSpace(cp) || !isWordChar(cp)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(cp);
        }
        String s = out.toString();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Python's {@code \w} on str patterns: alphanumeric in Unicode (str.isalnum) or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || Character.getNumericValue(cp) != -1;
    }

    /**
     * {@code unicodedata.combining(c) != 0}. Java exposes no combining class, but canonical
     * reordering reveals it: a mark of class k moves before U+0345 (240) when 0 < k < 240, and
     * after U+0334 (1) is put before it when k > 1.
     */
    static boolean isCombining(int cp) {
        if (cp < 0x300) {
            return false;
        }
        return COMBINING.computeIfAbsent(cp, NameNormalizer::reorders);
    }

    private static boolean reorders(int cp) {
        String c = Character.toString(cp);
        return !Normalizer.normalize(HIGH_CLASS_MARK + c, Normalizer.Form.NFD).equals(HIGH_CLASS_MARK + c)
                || !Normalizer.normalize(c + LOW_CLASS_MARK, Normalizer.Form.NFD).equals(c + LOW_CLASS_MARK);
    }
}
