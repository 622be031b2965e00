package io.entente.extract;

/**
 * A span of tokens [from, to) in one sentence that names an entity of the article.
 * {@code use} tells how a country is named: a modifier ("Russian", "Russia's") names it without
 * making it the actor of the clause.
 */
record Mention(Kind kind, String key, int from, int to, Use use) {

    enum Kind { COUNTRY, PERSON, ORG, TREATY, LOCATION }

    enum Use { NAME, MODIFIER, METONYM, ANAPHOR }

    boolean isActor() {
        return (kind == Kind.COUNTRY || kind == Kind.PERSON || kind == Kind.ORG) && use != Use.MODIFIER;
    }

    boolean covers(int token) {
        return token >= from && token < to;
    }
}
