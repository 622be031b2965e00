package io.entente.extract;

import java.util.Set;

/** Whether a passive signing's list of agents goes on after ", and": "by X, and by Y", "by X, and the Minister of Y, Z". */
final class SignerLists {

    private SignerLists() {
    }

    /** "signed by Britain, France, and Germany": an actor after ", and" that does not start a new clause. */
    static boolean goesOn(Reading r, int k) {
        if (r.sentence.lower(k).equals("by")) {
            return true; // "by X in Lome on March 27, and by Y in Moscow"
        }
        int onBehalf = r.sentence.lower(k).equals("on") && r.sentence.lower(k + 1).equals("behalf")
                && r.sentence.lower(k + 2).equals("of") ? k + 2 : -1; // "..., and on behalf of Togo by Y"
        if ((r.sentence.lower(k).equals("for") || onBehalf > 0) && r.mentions.at((onBehalf > 0 ? onBehalf : k) + 1) != null) {
            Mention side = r.mentions.at((onBehalf > 0 ? onBehalf : k) + 1);
            return r.sentence.lower(side.to()).equals("by"); // "..., and for Mauritius by Y"
        }
        Mention m = r.mentions.at(k);
        Mention next = r.mentions.at(k + 1);
        if (m == null && r.sentence.token(k).capitalised() && next != null && next.kind() == Mention.Kind.PERSON
                && next.from() == k + 1) {
            return true; // "..., and Secretary Rubio": a bare title before a known surname
        }
        if (Set.of("his", "her", "their").contains(r.sentence.lower(k)) && r.sentence.indexOf("counterpart", k + 1, k + 4) > 0) {
            return Clauses.after(r.mentions, k + 1, 10, x -> x.kind() == Mention.Kind.PERSON) != null; // "..., and her Somali counterpart, Y"
        }
        int office = r.sentence.lower(k).equals("the") ? k + 1 : k;
        if (m == null && Lexicon.get().role(r.sentence.tokens(), office) == null && r.sentence.token(office).capitalised()
                && Lexicon.get().role(r.sentence.tokens(), office + 1) != null) {
            office++; // "..., and the Federal Minister of Defence of the Federal Republic of Germany, Boris Pistorius"
        }
        if (m == null && Lexicon.get().role(r.sentence.tokens(), office) != null) {
            Mention holder = Clauses.after(r.mentions, office, 14, x -> x.kind() == Mention.Kind.PERSON);
            return holder != null; // "..., and the Minister of Defence of Albania, Pirro Vengu", "..., and Secretary Rubio"
        }
        return m != null && m.isActor() && !Clauses.SAY_WORDS.contains(r.sentence.lower(m.to()))
                && !r.triggers.is(m.to(), "REPORT");
    }
}
