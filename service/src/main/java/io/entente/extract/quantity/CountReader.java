package io.entente.extract.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads counts ("about 3,000", "five thousand", "hundreds of") at given offsets of one text, with
 * a per-call cache: one count-start token serves every troop word after it. Not thread-safe;
 * make one per {@link TroopCounts#find} call.
 */
final class CountReader {

    /** Words before a count that say something is added, not that the number is rough. */
    private static final Set<String> EXACT_CUES = Set.of("an additional", "another", "a further", "further");
    /** Words after which a bare four-digit number is a year: "in 2014 Russian troops ...". */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "from", "during", "after",
            "before", "of", "early", "late", "mid", "summer", "spring", "autumn", "fall", "winter", "year", "and");
    private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d{2}");
    private static final Map<Pattern, Set<String>> GROUP_NAMES = Map.of(
            TroopPatterns.COUNT, TroopPatterns.COUNT.namedGroups().keySet(),
            TroopPatterns.STRONG, TroopPatterns.STRONG.namedGroups().keySet(),
            TroopPatterns.FORCE_OF, TroopPatterns.FORCE_OF.namedGroups().keySet());
    private static final CountPhrase NONE = new CountPhrase(-1, -1, null, false);

    private final CharSequence text;
    private final int to;
    private final Matcher count;
    private final Matcher vague;
    private final CountPhrase[] counts;
    private final int[] vagueEnds;

    CountReader(CharSequence text, int to, int tokens) {
        this.text = text;
        this.to = to;
        this.count = TroopPatterns.COUNT.matcher(text);
        this.vague = TroopPatterns.VAGUE.matcher(text);
        this.counts = new CountPhrase[tokens];
        this.vagueEnds = new int[tokens];
    }

    /** The count starting at {@code offset} (token number {@code token}), or null. */
    CountPhrase countAt(int token, int offset) {
        if (counts[token] == null) {
            counts[token] = lookingAt(count, offset, to) ? read(count) : NONE;
        }
        return counts[token] == NONE ? null : counts[token];
    }

    /** The end of "hundreds of" / "several thousand" starting at {@code offset}, or -1. */
    int vagueEndAt(int token, int offset) {
        if (vagueEnds[token] == 0) {
            vagueEnds[token] = lookingAt(vague, offset, to) ? vague.end() : -1;
        }
        return vagueEnds[token];
    }

    /** A pattern whose {@code num} (and optional {@code approx}) groups hold a count, tried at {@code offset}. */
    CountPhrase read(Matcher m, int offset) {
        return lookingAt(m, offset, to) ? read(m) : null;
    }

    private CountPhrase read(Matcher m) {
        String number = m.group("num");
        String approx = group(m, "approx");
        Integer value = parse(number);
        if (value != null && approx == null && looksLikeYear(m.start("num"), number)) {
            value = null;
        }
        boolean exact = (approx == null || EXACT_CUES.contains(normalise(approx)))
                && group(m, "num2") == null && group(m, "plus") == null;
        return new CountPhrase(m.start(), m.end(), value, exact);
    }

    private static boolean lookingAt(Matcher m, int start, int end) {
        if (start >= end) {
            return false;
        }
        m.region(start, end);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt();
    }

    private static Integer parse(String number) {
        return Character.isDigit(number.charAt(0)) ? CountWords.parseDigits(number) : CountWords.parseWords(number);
    }

    /** A bare "2014" after "in" or at a sentence start is a year, not 2,014 soldiers. */
    private boolean looksLikeYear(int start, String number) {
        if (!YEAR_LIKE.matcher(number).matches()) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || ".!?\"“".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return YEAR_CUES.contains(text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT));
    }

    /** Optional groups some patterns lack ("a 3,000-strong force" has no range). */
    private static String group(Matcher m, String name) {
        Set<String> names = GROUP_NAMES.get(m.pattern());
        return names != null && names.contains(name) ? m.group(name) : null;
    }

    private static String normalise(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
