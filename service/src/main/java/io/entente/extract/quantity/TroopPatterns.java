package io.entente.extract.quantity;

import java.util.List;
import java.util.regex.Pattern;

/** The precompiled pieces of a troop number; each is tried with {@code lookingAt} at a token. */
final class TroopPatterns {

    /** Words before a count that make it approximate ("about") or merely additive ("another"). */
    private static final String APPROX = "(?<approx>" + RegexTrie.of(List.of("about", "around", "some", "roughly",
            "approximately", "nearly", "almost", "up to", "more than", "over", "at least", "at most", "fewer than",
            "less than", "as many as", "an estimated", "estimated", "close to", "upwards of", "upward of", "between",
            "just over", "just under", "under", "an additional", "another", "a further", "further")) + ")\\s+";
    private static final String NUMBER = "(?<num>" + CountWords.DIGITS + "|" + CountWords.WORDS + ")";
    /** "10,000-12,000", "between 10,000 and 12,000", "3,000 or 4,000". */
    private static final String RANGE = "(?:\\s*(?:-|–|to|and|or)\\s*(?<num2>" + CountWords.DIGITS_BODY + "|"
            + CountWords.WORDS + "))?";
    private static final String SUFFIX = "(?<plus>\\+|-plus\\b|-odd\\b|\\s+or\\s+so\\b|\\s+odd\\b)?";
    private static final String FORMATION = "(?:force|contingent|army|unit|battalion|brigade|division|detachment"
            + "|group|deployment|team|corps|garrison|mission)";

    /** "about 3,000", "five thousand", "10,000-12,000", "3,000-odd": the count before a troop noun. */
    static final Pattern COUNT = compile("(?:\\b" + APPROX + ")?" + NUMBER + RANGE + SUFFIX);
    /** "hundreds of", "several thousand", "tens of thousands of": troops without a number. */
    static final Pattern VAGUE = compile("\\b(?:(?:tens|hundreds)\\s+of\\s+thousands|hundreds|thousands|dozens"
            + "|scores|(?:several|a\\s+few|a\\s+couple\\s+of|many)\\s+(?:hundred|thousand|dozen)|a\\s+handful)"
            + "(?:\\s+of)?");
    static final Pattern PERSONNEL_NOUN = compile("(?<noun>" + TroopNouns.PERSONNEL + ")\\b");
    static final Pattern UNIT_NOUN = compile("(?<noun>" + TroopNouns.UNITS + ")\\b");
    /** "a 3,000-strong contingent". */
    static final Pattern STRONG = compile("(?:\\b" + APPROX + ")?(?<num>" + CountWords.DIGITS + ")[-\\s]strong"
            + "(?:\\s+[a-z][a-z-]*){0,2}?\\s+" + FORMATION + "\\b");
    /** "a force of 10,000", tried at the count after "force of". */
    static final Pattern FORCE_OF = compile("(?<=\\b(?:force|contingent|army|garrison|detachment)\\s{1,3}of\\s{1,3})"
            + "(?:" + APPROX + ")?" + NUMBER + "(?:\\s+men\\b)?");

    private TroopPatterns() {
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
