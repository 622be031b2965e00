package io.entente.extract.quantity;

/**
 * A count as written before (or after) a troop word: {@code [start, end)} in the text, its value
 * ({@code null} when the words name no number, such as a lone "a", or a year such as "in 2014")
 * and whether it is exact.
 */
record CountPhrase(int start, int end, Integer count, boolean exact) {
}
