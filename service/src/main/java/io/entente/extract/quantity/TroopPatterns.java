package io.entente.extract.quantity;

import java.util.regex.Pattern;

/** The precompiled patterns for troop numbers; built once from the noun lists. */
final class TroopPatterns {

    /** Words before a count that make it approximate ("about") or merely additive ("another"). */
    static final String APPROX = "(?<approx>about|around|some|roughly|approximately|nearly|almost|up\\s+to"
            + "|more\\s+than|over|at\\s+least|at\\s+most|fewer\\s+than|less\\s+than|as\\s+many\\s+as"
            + "|an\\s+estimated|estimated|close\\s+to|upwards?\\s+of|between|just\\s+(?:over|under)|under"
            + "|an\\s+additional|another|a\\s+further|further)\\s+";
    private static final String NUMBER = "(?<num>" + CountWords.DIGITS + "|" + CountWords.WORDS + ")";
    private static final String RANGE = "(?:\\s*(?:-|–|to|and|or)\\s*(?<num2>" + CountWords.DIGITS
            + "|" + CountWords.WORDS + "))?";
    private static final String SUFFIX = "(?<plus>\\+|-plus\\b|-odd\\b|\\s+or\\s+so\\b|\\s+odd\\b)?";
    /** "3,000 of its troops". */
    private static final String OF_OWN = "(?:\\s+of\\s+(?:its|their|his|her|our))?";
    /** Words that cannot sit between a number and its troop noun: they start another phrase. */
    private static final String STOP = "(?:and|or|but|in|into|to|from|with|by|on|at|as|were|was|are|is|be|been"
            + "|have|has|had|per|than|for|who|which|that|of|the|police|prison|civilian|civilians|people|km"
            + "|kilometres|kilometers|miles|metres|meters|days|weeks|months|years|hours|percent|tanks|vehicles"
            + "|aircraft|jets|ships|drones|missiles|dollars|euros)";
    /** A word such as "North", "Korean", "U.S." or "special-purpose"; never a sentence-ending full stop. */
    private static final String WORD = "[a-z](?:[a-z'’-]*|(?:\\.[a-z])+\\.?)";
    private static final String MIDDLE = OF_OWN + "(?:\\s+(?!" + STOP + "\\b)" + WORD + "){0,4}?";
    private static final String FORMATION = "(?:force|contingent|army|unit|battalion|brigade|division|detachment"
            + "|group|deployment|team|corps|garrison|mission)";

    /** "about 3,000 North Korean troops", "five thousand soldiers", "10,000-12,000 troops". */
    static final Pattern COUNTED = compile("(?:\\b" + APPROX + ")?" + NUMBER + RANGE + SUFFIX + MIDDLE
            + "\\s+(?<noun>" + TroopNouns.PERSONNEL + ")\\b");
    /** "hundreds of troops", "several thousand soldiers", "tens of thousands of marines". */
    static final Pattern VAGUE = compile("\\b(?:(?:tens|hundreds)\\s+of\\s+thousands|hundreds|thousands|dozens|scores"
            + "|(?:several|a\\s+few|a\\s+couple\\s+of|many)\\s+(?:hundred|thousand|dozen)|a\\s+handful)"
            + "(?:\\s+of)?" + MIDDLE + "\\s+(?<noun>" + TroopNouns.PERSONNEL + ")\\b");
    /** "two brigades": a deployment without a head count. */
    static final Pattern UNITS = compile("(?:\\b" + APPROX + ")?" + NUMBER + MIDDLE
            + "\\s+(?<noun>" + TroopNouns.UNITS + ")\\b");
    /** "a 3,000-strong contingent". */
    static final Pattern STRONG = compile("(?:\\b" + APPROX + ")?(?<num>" + CountWords.DIGITS + ")[-\\s]strong"
            + "(?:\\s+" + WORD + "){0,2}?\\s+" + FORMATION + "\\b");
    /** "a force of 10,000": the span starts at the number so a following troop noun can extend it. */
    static final Pattern FORCE_OF = compile("(?<=\\b(?:force|contingent|army|garrison|detachment)\\s{1,3}of\\s{1,3})"
            + "(?:" + APPROX + ")?" + NUMBER + "(?:\\s+men\\b)?");

    private TroopPatterns() {
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
