package io.entente.extract;

import java.util.Set;

/** The small word lists {@link Treaties} reads a treaty phrase with. */
final class TreatyWords {

    static final Set<String> FUNCTION = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "our", "of", "to", "with", "and", "or", "in", "on", "for", "by", "as", "at", "from", "new", "which",
            "is", "was", "be", "are", "were", "been", "has", "have", "had", "under", "over", "into", "about", "these", "those", "such", "any",
            "neither", "either", "each", "every", "no");

    /** "a good deal", "a great deal": an amount. */
    static final Set<String> AMOUNTS = Set.of("good", "great");

    static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    /** What a treaty may be about, coordinated in its name: "a security and defence partnership". */
    static final Set<String> TOPICS = Set.of("security", "defence", "defense", "trade", "economic", "military", "political",
            "strategic", "migration", "investment", "border", "maritime", "energy", "technical", "cultural", "scientific");
    static final Set<String> OTHER = Set.of("similar", "other", "comparable");

    static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "several", "both",
            "million", "billion", "bn"); // "a $500 million agreement": an amount, no part of the name

    /** Around a city, these make it one of a pair of parties ("a Moscow-Pyongyang pact"), not a treaty's name. */
    static final Set<String> JOINERS = Set.of("-", "–", "and");

    static final Set<String> DISTINCT = Set.of("previous", "earlier", "past", "separate", "former", "prior",
            "different", "second");

    private TreatyWords() {
    }
}
