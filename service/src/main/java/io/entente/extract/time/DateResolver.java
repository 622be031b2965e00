package io.entente.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in news text and resolves them against the publication date, keeping
 * only the precision the text supports. Thread-safe: all patterns are compiled once per instance.
 */
public final class DateResolver {

    private static final Pattern LEADING_ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    /** Earliest first; at equal starts the longest ("June 2023" over "June") wins. */
    private static final Comparator<DateMention> BY_POSITION = Comparator.comparingInt(DateMention::start)
            .thenComparing(Comparator.comparingInt(DateMention::end).reversed());

    /** Tokens before a trigger where an expression may start: "the 24th of October" is 4. */
    private static final int LOOK_BACK_TOKENS = 5;
    /** How far an expression reaches before or after its trigger word, in chars. */
    private static final int REACH = 40;

    private final List<DateRule> rules;

    public DateResolver() {
        List<DateRule> all = new ArrayList<>(CalendarDateRules.rules());
        all.addAll(RelativeDateRules.rules());
        this.rules = List.copyOf(all);
    }

    /** Every date expression in {@code text[from, to)}, in text order, never overlapping. */
    public List<DateMention> find(CharSequence text, int from, int to, LocalDate published) {
        List<DateTriggers.Token> tokens = DateTriggers.tokens(text, from, to);
        Matcher[] matchers = new Matcher[rules.size()];
        List<DateMention> candidates = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            DateTriggers.Token trigger = tokens.get(t);
            if (trigger.kind() == null || !trigger.kind().triggers()) {
                continue;
            }
            for (int r = 0; r < rules.size(); r++) {
                DateRule rule = rules.get(r);
                if (rule.trigger() != trigger.kind()) {
                    continue;
                }
                if (matchers[r] == null) {
                    matchers[r] = rule.pattern().matcher(text);
                }
                matchAround(text, tokens, t, rule, matchers[r], to, published, candidates);
            }
        }
        return withoutOverlaps(candidates);
    }

    /**
     * Tries the rule at the trigger and at the few tokens before it ("the end of June", "a couple of
     * days ago"); a match must reach the trigger word.
     */
    private static void matchAround(CharSequence text, List<DateTriggers.Token> tokens, int triggerIndex,
                                    DateRule rule, Matcher matcher, int to, LocalDate published,
                                    List<DateMention> out) {
        DateTriggers.Token trigger = tokens.get(triggerIndex);
        int regionEnd = Math.min(to, trigger.end() + REACH);
        for (int s = Math.max(0, triggerIndex - LOOK_BACK_TOKENS); s <= triggerIndex; s++) {
            DateTriggers.Token first = tokens.get(s);
            int start = first.start();
            if (!rule.mayStartAt(first) || start < trigger.start() - REACH) {
                continue;
            }
            matcher.region(start, regionEnd);
            matcher.useTransparentBounds(true);
            matcher.useAnchoringBounds(false);
            if (matcher.lookingAt() && matcher.end() >= trigger.end()) {
                DateMention mention = rule.resolver().resolve(text, matcher, published);
                if (mention != null) {
                    out.add(mention);
                }
            }
        }
    }

    /** The mention closest to {@code position} (distance 0 when inside it); ties go to the earlier one. */
    public Optional<DateMention> nearest(List<DateMention> mentions, int position) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention mention : mentions) {
            int distance = distance(mention, position);
            if (distance < bestDistance || (distance == bestDistance && mention.start() < best.start())) {
                best = mention;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 1..12 for a full month name in any case ("March", "october"), else 0: "the March 10 agreement". */
    public static int fullMonth(String word) {
        return CalendarWords.isFullMonthName(word) ? CalendarWords.month(word) : 0;
    }

    /**
     * The calendar date of an ISO date or date-time ("2024-10-24", "2024-10-24T09:30:00+09:00",
     * "2024-10-24T00:30:00Z"), in the writer's own offset; null when absent or unparseable.
     */
    public static LocalDate parsePublished(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String value = publishedAt.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException ignored) {
            // not a plain date; try the date-time forms
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeException ignored) {
            // no offset
        }
        try {
            return ZonedDateTime.parse(value).toLocalDate();
        } catch (DateTimeException ignored) {
            // no zone
        }
        try {
            return LocalDateTime.parse(value).toLocalDate();
        } catch (DateTimeException ignored) {
            // not ISO; fall back to a leading date such as "2024-10-24 09:30"
        }
        Matcher leading = LEADING_ISO_DATE.matcher(value);
        if (leading.find()) {
            try {
                return LocalDate.parse(leading.group(1));
            } catch (DateTimeException ignored) {
                return null;
            }
        }
        return null;
    }

    private static int distance(DateMention mention, int position) {
        if (position < mention.start()) {
            return mention.start() - position;
        }
        return position >= mention.end() ? position - mention.end() + 1 : 0;
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> candidates) {
        candidates.sort(BY_POSITION);
        List<DateMention> kept = new ArrayList<>();
        int coveredUntil = Integer.MIN_VALUE;
        for (DateMention mention : candidates) {
            if (mention.start() >= coveredUntil) {
                kept.add(mention);
                coveredUntil = mention.end();
            }
        }
        return kept;
    }
}
