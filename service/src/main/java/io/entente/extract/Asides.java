package io.entente.extract;

/** Asides between a subject and its verb that the subject search steps over. */
final class Asides {

    private Asides() {
    }

    /** The opening comma of an ", as ... is known," aside closed by the comma at {@code close}, else -1. */
    static int start(Sentence s, int close) {
        for (int k = close - 1; k > 0 && k >= close - 20; k--) {
            if (s.lower(k).equals(",")) {
                boolean knownAs = s.lower(k + 1).equals("as") && (s.lower(close - 1).equals("known") || s.lower(close - 1).equals("called"));
                boolean relative = s.lower(k + 1).equals("who"); // "X, who leads the Red Party, called"
                return knownAs || relative || described(s, k, close) ? k : -1;
            }
        }
        return -1;
    }

    /** ", Kiir's closest military ally,": a name's possessive then only lower-case words describing the one before. */
    private static boolean described(Sentence s, int open, int close) {
        int owner = s.indexOf("'s", open + 2, Math.min(open + 6, close));
        if (owner < 0 || !s.token(open + 1).capitalised() || owner + 1 == close) {
            return false;
        }
        for (int k = owner + 1; k < close; k++) {
            if (!s.token(k).isWord() || s.token(k).capitalised()) {
                return false;
            }
        }
        return true;
    }
}
