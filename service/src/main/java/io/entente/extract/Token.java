package io.entente.extract;

/**
 * One token: its text, character offsets [start, end) into the text it was cut from, and its
 * lower-case form, computed once because every rule compares words in lower case.
 */
record Token(String text, int start, int end, String lower) {

    Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(java.util.Locale.ROOT));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }
}
