package io.entente.extract;

/** One token: its text and character offsets [start, end) into the text it was cut from. */
record Token(String text, int start, int end) {

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }
}
