package io.entente.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds numbers of military personnel in text: "about 3,000 North Korean troops", "hundreds of soldiers". */
public final class TroopCounts {

    /** Words before a count that say something is added, not that the number is rough. */
    private static final Set<String> EXACT_CUES = Set.of("an additional", "another", "a further", "further");
    /** Words after which a bare four-digit number is a year: "in 2014 Russian troops ...". */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "from", "during", "after",
            "before", "of", "early", "late", "mid", "summer", "spring", "autumn", "fall", "winter", "year", "and");
    private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d{2}");
    private static final Comparator<TroopCount> BY_POSITION = Comparator.comparingInt(TroopCount::start)
            .thenComparing(Comparator.comparingInt(TroopCount::end).reversed());

    private TroopCounts() {
    }

    /** Every troop number in {@code text[from, to)}, in text order, never overlapping. */
    public static List<TroopCount> find(CharSequence text, int from, int to) {
        List<TroopCount> candidates = new ArrayList<>();
        collect(TroopPatterns.COUNTED, text, from, to, candidates, true);
        collect(TroopPatterns.STRONG, text, from, to, candidates, true);
        collect(TroopPatterns.FORCE_OF, text, from, to, candidates, true);
        collect(TroopPatterns.UNITS, text, from, to, candidates, false);
        collect(TroopPatterns.VAGUE, text, from, to, candidates, false);
        candidates.sort(BY_POSITION);
        List<TroopCount> kept = new ArrayList<>();
        int coveredUntil = Integer.MIN_VALUE;
        for (TroopCount candidate : candidates) {
            if (candidate.start() >= coveredUntil) {
                kept.add(candidate);
                coveredUntil = candidate.end();
            }
        }
        return kept;
    }

    private static void collect(Pattern pattern, CharSequence text, int from, int to, List<TroopCount> out,
                                boolean counted) {
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while (m.find()) {
            TroopCount found = counted ? counted(text, m) : uncounted(text, m);
            if (found != null) {
                out.add(found);
            }
        }
    }

    private static TroopCount counted(CharSequence text, Matcher m) {
        String number = m.group("num");
        Integer count = parse(number);
        String approx = group(m, "approx");
        if (count == null || (approx == null && looksLikeYear(text, m.start("num"), number))) {
            return null;
        }
        boolean exact = (approx == null || EXACT_CUES.contains(normalise(approx)))
                && group(m, "num2") == null && group(m, "plus") == null;
        return new TroopCount(m.start(), m.end(), count, exact, m.group());
    }

    /** "hundreds of troops", "two brigades": a troop mention without a head count. */
    private static TroopCount uncounted(CharSequence text, Matcher m) {
        String number = group(m, "num");
        if (number != null && parse(number) == null) {
            return null;
        }
        return new TroopCount(m.start(), m.end(), null, false, m.group());
    }

    private static Integer parse(String number) {
        return Character.isDigit(number.charAt(0)) ? CountWords.parseDigits(number) : CountWords.parseWords(number);
    }

    /** A bare "2014" after "in" or at a sentence start is a year, not 2,014 soldiers. */
    private static boolean looksLikeYear(CharSequence text, int start, String number) {
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

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static String normalise(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
