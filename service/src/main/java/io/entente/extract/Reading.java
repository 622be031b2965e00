package io.entente.extract;

import io.entente.extract.time.DateMention;
import io.entente.extract.time.DateResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * One sentence being read: its mentions, triggers and dates, plus the deployments it spoke
 * of (token position and reference) so that claims and denials in it can point at them.
 */
final class Reading {

    record DeploymentRef(int at, String ref, String from, String to) {
    }

    final Sentence sentence;
    final SentenceMentions mentions;
    final Triggers triggers;
    final ArticleModel model;
    final List<DeploymentRef> deployments = new ArrayList<>();
    /** References of deployments this sentence says did not happen ("had no soldiers in X"). */
    final java.util.Set<String> negated = new java.util.HashSet<>();
    /** Set while a negated deployment wording is read, so that its event is recorded as denied. */
    boolean denying;
    /** Set while troops a claim or denial says would be sent are read ({@link DeploymentEvent#planned}). */
    boolean planned;
    private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("until", "till", "to", "through");
    private final List<DateMention> dates;
    /** The dates that are no term's end ({@link #deadline}): those an event may take, when there are any. */
    private final List<DateMention> eventDates;
    private final DateResolver dateResolver;

    Reading(Sentence sentence, SentenceMentions mentions, ArticleModel model, DateResolver dateResolver, String text) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.triggers = new Triggers(sentence);
        this.model = model;
        this.dateResolver = dateResolver;
        this.dates = model.published == null ? List.of()
                : dateResolver.find(text, sentence.start(), sentence.end(), model.published);
        List<DateMention> events = dates.stream().filter(d -> !deadline(d)).toList();
        this.eventDates = events.isEmpty() ? dates : events;
    }

    /** The date written nearest the trigger in this sentence, or null. */
    String dateNear(int token) {
        if (dates.isEmpty()) {
            return null;
        }
        int at = sentence.token(token).start();
        List<DateMention> own = eventDates.stream().filter(d -> !sinceAnother(at, d.start())).toList();
        DateMention nearest = dateResolver.nearest(own, at).orElse(null);
        if (nearest != null && nearest.end() <= at && joinedBetween(nearest.end(), at)) {
            for (DateMention later : dates) { // "signed in 2007 and ratified by the Senate in 2012": the ratification's own date
                if (later.start() > at && !joinedBetween(at, later.start())) {
                    return later.value();
                }
            }
        }
        return nearest == null ? null : nearest.value();
    }

    /**
     * "extended to 2044", "until 2042": a term's end, no date of an event, when the sentence gives
     * another; but "did not ratify it until 2012" ratified it then (see {@link Clauses#modal}).
     */
    private boolean deadline(DateMention d) {
        int before = -1;
        for (int k = 0; k < sentence.size() && sentence.token(k).end() <= d.start(); k++) {
            before = k;
        }
        if (before < 0 || !DEADLINE_WORDS.contains(sentence.lower(before))) {
            return false;
        }
        boolean until = sentence.lower(before).equals("until") || sentence.lower(before).equals("till");
        return !(until && triggers.find("NEG", Math.max(0, before - 6), before) >= 0);
    }

    /**
     * "the first new alliance since the ANZUS treaty with New Zealand in 1951": a date after "since"
     * and a noun phrase dates that other thing, not the event before it ("stationed there since 2018" keeps its date).
     */
    private boolean sinceAnother(int from, int to) {
        for (int k = 0; k + 1 < sentence.size(); k++) {
            Token t = sentence.token(k);
            if (t.start() >= from && t.start() < to && t.lower().equals("since")
                    && Set.of("the", "a", "an").contains(sentence.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an "and" joins two verbs between the two character offsets of this sentence. */
    private boolean joinedBetween(int from, int to) {
        for (int k = 0; k < sentence.size(); k++) {
            Token t = sentence.token(k);
            if (t.start() >= from && t.start() < to && t.lower().equals("and")) {
                return true;
            }
        }
        return false;
    }

    void add(String type, String subject, String object, int trigger, Map<String, Object> attrs,
             ClaimStatus status, double confidence) {
        model.add(new Draft(type, subject, object, trigger < 0 ? null : dateNear(trigger), attrs, status, sentence, confidence));
    }

    /** The key of the entity a mention stands for in a relation: people and bodies as themselves. */
    String keyOf(Mention m) {
        return m.key();
    }
}
