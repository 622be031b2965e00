package io.entente.extract.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One precompiled date pattern; the trigger word its matches always contain; the tokens a match
 * can start with (trigger kinds, or PREFIX words as {@link DateTriggers#prefixBits} bits); and how
 * to turn a match into a mention (or reject it).
 */
record DateRule(Pattern pattern, DateTriggers.Kind trigger, Set<DateTriggers.Kind> startKinds, long startWords,
                Resolver resolver) {

    @FunctionalInterface
    interface Resolver {
        /** Returns the mention, or null when the match is not a date or cannot be resolved. */
        DateMention resolve(CharSequence text, Matcher match, LocalDate published);
    }

    static DateRule of(DateTriggers.Kind trigger, Set<DateTriggers.Kind> startKinds, long startWords,
                       String regex, Resolver resolver) {
        return new DateRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), trigger, startKinds, startWords,
                resolver);
    }

    /** Whether a match of this rule may start at the token: saves trying regexes where they cannot match. */
    boolean mayStartAt(DateTriggers.Token token) {
        return token.kind() != null && (startKinds.contains(token.kind()) || (token.prefixBit() & startWords) != 0);
    }

    static DateMention mention(CharSequence text, int start, int end, String value) {
        return value == null ? null : new DateMention(start, end, value, text.subSequence(start, end).toString());
    }

    static DateMention whole(CharSequence text, Matcher match, String value) {
        return mention(text, match.start(), match.end(), value);
    }
}
