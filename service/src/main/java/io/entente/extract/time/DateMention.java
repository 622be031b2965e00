package io.entente.extract.time;

/**
 * A date expression found in a text: {@code [start, end)} are char offsets into the text,
 * {@code value} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (only as precise as the
 * text supports) and {@code surface} is the matched text.
 */
public record DateMention(int start, int end, String value, String surface) {
}
