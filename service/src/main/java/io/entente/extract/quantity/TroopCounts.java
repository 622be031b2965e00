package io.entente.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** How far before its noun a count may start: "up to twenty-five thousand of its North Korean troops". */
    private static final int LOOK_BACK = 120;
    private static final int STRONG_LOOK_BACK = 40;
    private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d{2}");
    private static final Comparator<TroopCount> BY_POSITION = Comparator.comparingInt(TroopCount::start)
            .thenComparing(Comparator.comparingInt(TroopCount::end).reversed());

    private TroopCounts() {
    }

    /** Every troop number in {@code text[from, to)}, in text order, never overlapping. */
    public static List<TroopCount> find(CharSequence text, int from, int to) {
        List<TroopTriggers.Token> tokens = TroopTriggers.tokens(text, from, to);
        Matchers m = new Matchers(text);
        List<TroopCount> candidates = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            TroopTriggers.Token token = tokens.get(t);
            if (token.kind() == TroopTriggers.Kind.NOUN) {
                countsBefore(text, tokens, t, m.personnel, m, to, true, candidates);
            } else if (token.kind() == TroopTriggers.Kind.UNIT) {
                countsBefore(text, tokens, t, m.unit, m, to, false, candidates);
            } else if (token.kind() == TroopTriggers.Kind.STRONG) {
                strongBefore(text, tokens, t, m.strong, to, candidates);
            } else if (token.kind() == TroopTriggers.Kind.FORMATION && t + 2 < tokens.size()) {
                // "force of 10,000": the count is the token after "of".
                TroopTriggers.Token count = tokens.get(t + 2);
                if (count.kind() == TroopTriggers.Kind.START && lookingAt(m.forceOf, count.start(), to)) {
                    addCounted(text, m.forceOf, m.forceOf.start(), candidates);
                }
            } else if (token.kind() == TroopTriggers.Kind.NUMBERING) {
                numberingAfter(text, tokens, t, m.count, to, candidates);
            }
        }
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

    /** The per-call matchers over one text (patterns are shared and compiled once). */
    private static final class Matchers {
        final Matcher count;
        final Matcher vague;
        final Matcher personnel;
        final Matcher unit;
        final Matcher strong;
        final Matcher forceOf;

        Matchers(CharSequence text) {
            count = TroopPatterns.COUNT.matcher(text);
            vague = TroopPatterns.VAGUE.matcher(text);
            personnel = TroopPatterns.PERSONNEL_NOUN.matcher(text);
            unit = TroopPatterns.UNIT_NOUN.matcher(text);
            strong = TroopPatterns.STRONG.matcher(text);
            forceOf = TroopPatterns.FORCE_OF.matcher(text);
        }
    }

    /** Counts ending at the noun that starts at token {@code n}: tries each count-start token before it. */
    private static void countsBefore(CharSequence text, List<TroopTriggers.Token> tokens, int n, Matcher noun,
                                     Matchers m, int to, boolean personnel, List<TroopCount> out) {
        int nounStart = tokens.get(n).start();
        if (!lookingAt(noun, nounStart, to)) {
            return;
        }
        int nounEnd = noun.end();
        for (int s = n - 1; s >= 0 && tokens.get(s).start() >= nounStart - LOOK_BACK; s--) {
            TroopTriggers.Token start = tokens.get(s);
            if (start.kind() != TroopTriggers.Kind.START) {
                continue;
            }
            if (lookingAt(m.count, start.start(), nounStart) && NounGap.allows(text, m.count.end(), nounStart)) {
                TroopCount found = personnel ? counted(text, m.count, m.count.start(), nounEnd)
                        : uncounted(text, m.count, nounEnd);
                if (found != null) {
                    out.add(found);
                }
            }
            if (personnel && lookingAt(m.vague, start.start(), nounStart)
                    && NounGap.allows(text, m.vague.end(), nounStart)) {
                out.add(new TroopCount(start.start(), nounEnd, null, false,
                        text.subSequence(start.start(), nounEnd).toString()));
            }
        }
    }

    /** "a 3,000-strong contingent": tries the count-start tokens just before "strong". */
    private static void strongBefore(CharSequence text, List<TroopTriggers.Token> tokens, int t, Matcher strong,
                                     int to, List<TroopCount> out) {
        int strongStart = tokens.get(t).start();
        for (int s = t - 1; s >= 0 && tokens.get(s).start() >= strongStart - STRONG_LOOK_BACK; s--) {
            if (tokens.get(s).kind() == TroopTriggers.Kind.START && lookingAt(strong, tokens.get(s).start(), to)) {
                addCounted(text, strong, strong.start(), out);
            }
        }
    }

    /** "North Korean troops, numbering about 10,000": the span runs from the troop word to the count. */
    private static void numberingAfter(CharSequence text, List<TroopTriggers.Token> tokens, int t, Matcher count,
                                       int to, List<TroopCount> out) {
        if (t + 1 >= tokens.size() || tokens.get(t + 1).kind() != TroopTriggers.Kind.START
                || !lookingAt(count, tokens.get(t + 1).start(), to)) {
            return;
        }
        for (int s = t - 1; s >= Math.max(0, t - 3); s--) {
            TroopTriggers.Kind kind = tokens.get(s).kind();
            if (kind == TroopTriggers.Kind.NOUN || kind == TroopTriggers.Kind.FORMATION) {
                addCounted(text, count, tokens.get(s).start(), out);
                return;
            }
        }
    }

    private static void addCounted(CharSequence text, Matcher m, int start, List<TroopCount> out) {
        TroopCount found = counted(text, m, start, m.end());
        if (found != null) {
            out.add(found);
        }
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

    private static TroopCount counted(CharSequence text, Matcher m, int start, int end) {
        String number = m.group("num");
        Integer count = parse(number);
        String approx = group(m, "approx");
        if (count == null || (approx == null && looksLikeYear(text, m.start("num"), number))) {
            return null;
        }
        boolean exact = (approx == null || EXACT_CUES.contains(normalise(approx)))
                && group(m, "num2") == null && group(m, "plus") == null;
        return new TroopCount(start, end, count, exact, text.subSequence(start, end).toString());
    }

    /** "two brigades": a deployment mention without a head count. */
    private static TroopCount uncounted(CharSequence text, Matcher m, int end) {
        if (parse(m.group("num")) == null) {
            return null;
        }
        return new TroopCount(m.start(), end, null, false, text.subSequence(m.start(), end).toString());
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
