package io.entente.extract;

import java.util.List;
import java.util.Set;

/** Capitalised name runs: where a person's name starts and ends in a sentence. */
final class Names {

    private static final Set<String> PARTICLES = Set.of("bin", "bint", "al", "el", "de", "da", "di", "du", "van",
            "von", "der", "den", "la", "le", "ibn", "abu", "dos", "das", "del");

    private Names() {
    }

    static boolean nameToken(Sentence s, int j) {
        Token t = s.token(j);
        return (t.capitalised() && t.isWord() && !People.NOT_NAMES.contains(t.text())) || PARTICLES.contains(t.text())
                || (t.text().equals("-") && j > 0 && (s.token(j - 1).capitalised() || PARTICLES.contains(s.token(j - 1).text())));
    }

    /** Whether a lower-case Arabic article and a hyphen open a surname at {@code j}: "al-Araji", "el-Sisi". */
    static boolean articledName(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && PARTICLES.contains(tokens.get(j).text()) && tokens.get(j + 1).text().equals("-")
                && tokens.get(j + 2).capitalised();
    }

    private static final Set<String> STYLES = Set.of("honourable", "honorable", "hon", "excellency");

    /** Past a form of address that official releases put before a name: "the Honourable", "His Excellency", "Rt. Hon.". */
    static int afterStyle(Sentence s, int j) {
        int k = s.lower(j).equals("the") ? j + 1 : j;
        if (s.lower(k).equals("his") || s.lower(k).equals("her") || s.lower(k).equals("rt")) {
            k = s.lower(k + 1).equals(".") ? k + 2 : k + 1;
        }
        if (!STYLES.contains(s.lower(k)) || !s.token(k).capitalised()) {
            return j;
        }
        return s.lower(k + 1).equals(".") ? k + 2 : k + 1;
    }

    /** The end of a capitalised name run starting at {@code j} (== j when there is none). */
    static int nameEnd(SentenceMentions sm, int j) {
        Sentence s = sm.sentence;
        int end = j;
        int k = j;
        while (k < s.size() && k - j < 6 && (sm.free(k, k + 1) || surnameLikeBody(sm, j, k, end))) {
            Token t = s.token(k);
            boolean initial = t.text().length() == 1 && t.capitalised() && s.lower(k + 1).equals(".");
            if ((t.text().equals("Jr") || t.text().equals("Sr")) && end == k && s.lower(k + 1).equals(".")) {
                end = k + 2; // "Carlito Galvez Jr."
                break;
            }
            if (t.capitalised() && t.isWord() && !People.NOT_NAMES.contains(t.text()) && Lexicon.get().role(s.tokens(), k) == null) {
                end = k + 1;
            } else if (initial) {
                k++;
            } else if (!(PARTICLES.contains(t.text()) || t.text().equals("-")) || k == j) {
                break;
            }
            k++;
        }
        return end;
    }

    /**
     * A one-word body name ending a name run is the person's surname ("Foreign Minister Therese
     * Kayikwamba Wagner and ..."), not the Wagner Group: the caller's mention replaces it.
     */
    private static boolean surnameLikeBody(SentenceMentions sm, int j, int k, int end) {
        Mention m = sm.at(k);
        Sentence s = sm.sentence;
        String text = s.token(k).text();
        return m != null && m.kind() == Mention.Kind.ORG && m.from() == k && m.to() == k + 1 && end == k && k - j >= 1
                && !text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && Set.of(",", "and", ".", "said", "(", "").contains(s.lower(k + 1));
    }

    private static final Set<String> RANK_ABBREVIATIONS = Set.of("Maj", "Gen", "Brig", "Lt", "Col", "Adm", "Capt",
            "Sgt", "Cmdr", "Cdr", "Rear", "Vice", "Air");

    /** The token after abbreviated ranks such as "Maj. Gen." starting at {@code j}, else {@code j}. */
    static int afterRanks(Sentence s, int j) {
        while (j < s.size() && RANK_ABBREVIATIONS.contains(s.token(j).text())) {
            if (s.lower(j + 1).equals(".")) {
                j += 2;
            } else if (j + 2 < s.size() && RANK_ABBREVIATIONS.contains(s.token(j + 1).text()) && !s.lower(j + 2).equals(".")
                    && Character.isUpperCase(s.token(j + 2).text().charAt(0))) {
                j += 2; // British style without full stops: "Lt Gen Maly Socheata", "Maj Gen X"
            } else {
                break;
            }
        }
        return j;
    }
}
