package io.entente.extract;

import java.util.Map;

/**
 * A relation found in one sentence, before assembly. An object key of the form
 * {@code @deployment:FROM:TO} (either end may be "?") is a troop deployment resolved at the end.
 */
record Draft(String type, String subject, String object, String date, Map<String, Object> attrs,
             ClaimStatus status, Sentence sentence, double confidence) {

    static final String DEPLOYMENT = "@deployment:";

    static String deployment(String from, String to) {
        return DEPLOYMENT + (from == null ? "?" : from) + ":" + (to == null ? "?" : to);
    }

    Draft withEnds(String newSubject, String newObject) {
        return new Draft(type, newSubject, newObject, date, attrs, status, sentence, confidence);
    }
}
