package io.entente.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Finds numbers of military personnel in text: "about 3,000 North Korean troops", "hundreds of soldiers". */
public final class TroopCounts {

    /** How far before its noun a count may start: "up to twenty-five thousand of its North Korean troops". */
    private static final int LOOK_BACK = 120;
    private static final int STRONG_LOOK_BACK = 40;
    private static final Comparator<TroopCount> BY_POSITION = Comparator.comparingInt(TroopCount::start)
            .thenComparing(Comparator.comparingInt(TroopCount::end).reversed());

    private TroopCounts() {
    }

    /** Every troop number in {@code text[from, to)}, in text order, never overlapping. */
    public static List<TroopCount> find(CharSequence text, int from, int to) {
        List<TroopTriggers.Token> tokens = TroopTriggers.tokens(text, from, to);
        Search search = new Search(text, to, tokens);
        for (int t = 0; t < tokens.size(); t++) {
            TroopTriggers.Kind kind = tokens.get(t).kind();
            if (kind == TroopTriggers.Kind.NOUN) {
                search.countsBefore(t, search.personnel, true);
            } else if (kind == TroopTriggers.Kind.UNIT) {
                search.countsBefore(t, search.unit, false);
            } else if (kind == TroopTriggers.Kind.STRONG) {
                search.strongBefore(t);
            } else if (kind == TroopTriggers.Kind.FORMATION) {
                search.forceOf(t);
            } else if (kind == TroopTriggers.Kind.NUMBERING) {
                search.numberingAfter(t);
            }
        }
        return withoutOverlaps(search.found);
    }

    private static List<TroopCount> withoutOverlaps(List<TroopCount> candidates) {
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

    /** One call's state: the text, its tokens, per-call matchers and the candidates found so far. */
    private static final class Search {
        final CharSequence text;
        final int to;
        final List<TroopTriggers.Token> tokens;
        final CountReader counts;
        final Matcher personnel;
        final Matcher unit;
        final Matcher strong;
        final Matcher forceOf;
        final List<TroopCount> found = new ArrayList<>();

        Search(CharSequence text, int to, List<TroopTriggers.Token> tokens) {
            this.text = text;
            this.to = to;
            this.tokens = tokens;
            this.counts = new CountReader(text, to, tokens.size());
            this.personnel = TroopPatterns.PERSONNEL_NOUN.matcher(text);
            this.unit = TroopPatterns.UNIT_NOUN.matcher(text);
            this.strong = TroopPatterns.STRONG.matcher(text);
            this.forceOf = TroopPatterns.FORCE_OF.matcher(text);
        }

        /** Counts ending at the troop word at token {@code n}: "about 3,000 North Korean troops", "two brigades". */
        void countsBefore(int n, Matcher noun, boolean personnelNoun) {
            int nounStart = tokens.get(n).start();
            noun.region(nounStart, to);
            if (!noun.lookingAt()) {
                return; // "military" or "special" not followed by the rest of a troop noun
            }
            int nounEnd = noun.end();
            for (int s = n - 1; s >= 0 && tokens.get(s).start() >= nounStart - LOOK_BACK; s--) {
                TroopTriggers.Token start = tokens.get(s);
                boolean countStart = start.kind() == TroopTriggers.Kind.START;
                boolean vagueStart = start.kind() == TroopTriggers.Kind.VAGUE_START
                        || (countStart && start.end() - start.start() == 1 && isA(text.charAt(start.start())));
                if (!countStart && !vagueStart) {
                    continue;
                }
                CountPhrase phrase = countStart ? counts.countAt(s, start.start()) : null;
                if (phrase != null && phrase.count() != null && phrase.end() <= nounStart
                        && NounGap.allows(text, phrase.end(), nounStart)) {
                    // Units give no head count: "two brigades" says troops moved, not how many.
                    add(phrase.start(), nounEnd, personnelNoun ? phrase.count() : null,
                            personnelNoun && phrase.exact());
                }
                int vagueEnd = personnelNoun && vagueStart ? counts.vagueEndAt(s, start.start()) : -1;
                if (vagueEnd > 0 && vagueEnd <= nounStart && NounGap.allows(text, vagueEnd, nounStart)) {
                    add(start.start(), nounEnd, null, false);
                }
            }
        }

        /** "a few hundred", "a handful of": the one-letter word that also starts vague counts. */
        private static boolean isA(char c) {
            return c == 'a' || c == 'A';
        }

        /** "a 3,000-strong contingent": tries the count-start tokens just before "strong". */
        void strongBefore(int t) {
            int strongStart = tokens.get(t).start();
            for (int s = t - 1; s >= 0 && tokens.get(s).start() >= strongStart - STRONG_LOOK_BACK; s--) {
                if (tokens.get(s).kind() == TroopTriggers.Kind.START) {
                    addCounted(counts.read(strong, tokens.get(s).start()), -1);
                }
            }
        }

        /** "a force of 10,000": the count is the token after "of". */
        void forceOf(int t) {
            if (t + 2 < tokens.size() && tokens.get(t + 2).kind() == TroopTriggers.Kind.START) {
                addCounted(counts.read(forceOf, tokens.get(t + 2).start()), -1);
            }
        }

        /** "North Korean troops, numbering about 10,000": the span runs from the troop word to the count. */
        void numberingAfter(int t) {
            if (t + 1 >= tokens.size() || tokens.get(t + 1).kind() != TroopTriggers.Kind.START) {
                return;
            }
            CountPhrase phrase = counts.countAt(t + 1, tokens.get(t + 1).start());
            for (int s = t - 1; phrase != null && s >= Math.max(0, t - 3); s--) {
                TroopTriggers.Kind kind = tokens.get(s).kind();
                if (kind == TroopTriggers.Kind.NOUN || kind == TroopTriggers.Kind.FORMATION) {
                    addCounted(phrase, tokens.get(s).start());
                    return;
                }
            }
        }

        /** Adds a phrase with a count, optionally starting earlier than the phrase itself. */
        private void addCounted(CountPhrase phrase, int start) {
            if (phrase != null && phrase.count() != null) {
                add(start < 0 ? phrase.start() : start, phrase.end(), phrase.count(), phrase.exact());
            }
        }

        private void add(int start, int end, Integer count, boolean exact) {
            found.add(new TroopCount(start, end, count, exact, text.subSequence(start, end).toString()));
        }
    }
}
