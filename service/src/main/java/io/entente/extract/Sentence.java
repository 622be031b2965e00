package io.entente.extract;

import java.util.List;

/**
 * One sentence: its offsets into the article text and its tokens (offsets also into the
 * article text). {@code title} marks the headline, which evidence cites at offsets 0/0.
 */
record Sentence(int index, int start, int end, String text, List<Token> tokens, boolean title) {

    int size() {
        return tokens.size();
    }

    /**
     * The token at {@code i}; past either end, a blank that is no word and matches nothing, so that
     * a rule looking a few tokens ahead near a sentence's edge reads nothing instead of failing the article.
     */
    Token token(int i) {
        if (i >= 0 && i < tokens.size()) {
            return tokens.get(i);
        }
        int at = i < 0 ? start : end;
        return new Token(" ", at, at, "");
    }

    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** The first position of {@code word} (lower case) in [from, to), else -1. */
    int indexOf(String word, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
            if (tokens.get(k).lower().equals(word)) {
                return k;
            }
        }
        return -1;
    }

    /** The first position in [from, to) of a word (lower case) of {@code words}, else -1. */
    int indexOfAny(java.util.Set<String> words, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
            if (words.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    boolean isQuestion() {
        return text.stripTrailing().endsWith("?");
    }
}
