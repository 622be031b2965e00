package io.entente.extract.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One precompiled date pattern, the trigger words it needs, and how to turn its match into a mention (or reject it). */
record DateRule(Pattern pattern, Set<DateTriggers.Kind> triggers, Resolver resolver) {

    @FunctionalInterface
    interface Resolver {
        /** Returns the mention, or null when the match is not a date or cannot be resolved. */
        DateMention resolve(CharSequence text, Matcher match, LocalDate published);
    }

    /** A rule whose matches always contain a word of the trigger kind (the regex runs only near one). */
    static DateRule of(DateTriggers.Kind trigger, String regex, Resolver resolver) {
        return new DateRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Set.of(trigger), resolver);
    }

    static DateMention mention(CharSequence text, int start, int end, String value) {
        return value == null ? null : new DateMention(start, end, value, text.subSequence(start, end).toString());
    }

    static DateMention whole(CharSequence text, Matcher match, String value) {
        return mention(text, match.start(), match.end(), value);
    }
}
