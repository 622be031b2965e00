package io.entente.extract.quantity;

/**
 * A number of military personnel found in a text: {@code [start, end)} are char offsets into it.
 * {@code count} is null when the text gives no number ("hundreds of troops", "two brigades");
 * {@code exact} is false for approximations ("about 10,000", "up to 12,000", "3,000-odd").
 */
public record TroopCount(int start, int end, Integer count, boolean exact, String surface) {
}
