package io.entente.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Treaty mentions: named ("the New START treaty", "Treaty on Comprehensive Strategic
 * Partnership"), described ("a strategic cooperation treaty with North Korea") or anaphoric
 * ("the deal"). Each resolves to one treaty of the article; a new treaty is opened only for a
 * new name, a strong head noun, explicit parties that do not fit the current treaty, or a weak
 * head ("agreement", "deal") that is being signed or ratified.
 */
final class Treaties {

    static boolean isFunctionWord(String w) {
        return TreatyWords.FUNCTION.contains(w);
    }

    private static final Set<String> RIGHT_CONNECTORS = Set.of("on", "of", "for", "between", "and");

    private Treaties() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        boolean signingOrRatifying = TreatyHeads.hasClass(s, "SIGN") || TreatyHeads.hasClass(s, "RATIFY");
        for (int h = 0; h < s.size(); h++) {
            String head = TreatyHeads.headClass(s, h);
            if (head == null || !sm.free(h, h + 1) || TreatyHeads.headClass(s, h + 1) != null || s.lower(h - 1).equals("to")) {
                continue;
            }
            h = resolve(sm, model, h, head.equals("TREATY"), signingOrRatifying) - 1;
        }
    }

    /** Resolves the treaty phrase around head {@code h}; returns the token after the mention. */
    private static int resolve(SentenceMentions sm, ArticleModel model, int h, boolean strong, boolean signingOrRatifying) {
        Sentence s = sm.sentence;
        if (Set.of("allies", "ally", "obligations", "obligation", "partner", "partners", "commitments").contains(s.lower(h + 1))
                || s.lower(h + 1).equals("of") && Set.of("its", "this", "the").contains(s.lower(h + 2)) && s.lower(h + 3).equals("kind")) {
            return h + 1; // "treaty allies", "the second accord of its kind": no treaty of this story
        }
        if (s.lower(h).equals("deal") && TreatyWords.AMOUNTS.contains(s.lower(h - 1)) && s.lower(h - 2).equals("a")) {
            return h + 1; // "may last a good deal longer": an amount, not an agreement
        }
        Set<String> parties = new LinkedHashSet<>();
        int start = h;
        int nameStart = h;
        boolean capitalised = s.token(h).capitalised() && h > 0;
        int modifiers = 0;
        boolean distinct = false;
        String cityState = null;
        for (int k = h - 1; k >= 0; k--) {
            Token t = s.token(k);
            Mention m = sm.at(k);
            boolean city = m != null && (m.kind() == Mention.Kind.COUNTRY && m.use() == Mention.Use.METONYM || m.kind() == Mention.Kind.LOCATION);
            if (city && (s.token(h).capitalised() || TreatyHeads.cityName(s, m, h)
                    || m.to() == h && TreatyNames.namedAfter(model, Bodies.surface(s, m.from(), m.to())))
                    && !TreatyWords.JOINERS.contains(s.lower(m.to())) && !TreatyWords.JOINERS.contains(s.lower(m.from() - 1))) {
                cityState = m.kind() == Mention.Kind.LOCATION ? model.node(m.key()).attr("country") : m.key();
                if (m.kind() == Mention.Kind.LOCATION) {
                    model.placeInTreatyName(m.key()); // "the Geneva Agreement"
                } else {
                    model.unmentionCountry(m.key()); // "the Vienna Convention", "the Algiers accord": a city names the treaty
                }
                k = m.from();
                start = nameStart = k;
                capitalised = true;
                continue;
            }
            if (m != null && m.kind() == Mention.Kind.COUNTRY) {
                parties.add(m.key());
                k = m.from();
                start = k;
                continue;
            }
            if (m != null && m.kind() == Mention.Kind.ORG) { // "NATO accession"
                k = m.from();
                start = nameStart = k;
                capitalised = true;
                continue;
            }
            if (m != null) {
                break;
            }
            String combined = CombiningForms.country(s, k);
            if (combined != null) { // "the Franco-Polish treaty": the parties, not a name
                parties.add(combined);
                start = k;
                continue;
            }
            String w = t.lower();
            if (w.equals("-") || w.equals("–") || w.equals("'s") || w.equals("\"") || w.equals("“")) {
                continue;
            }
            if (t.isWord() && t.capitalised() && TreatyWords.FUNCTION.contains(w)) {
                break; // "This agreement", "The treaty" at a sentence start
            }
            if (w.equals("and") && k > 0 && sm.at(k - 1) == null && (capitalised && s.token(k - 1).capitalised()
                    && !TreatyWords.FUNCTION.contains(s.lower(k - 1)) || !capitalised && modifiers > 0 && TreatyWords.TOPICS.contains(s.lower(k - 1)))) {
                continue; // "the Defence and Economic Cooperation Framework Agreement", "a security and defence partnership"
            }
            if ((w.equals("of") || w.equals("for")) && capitalised && k > 0 && sm.at(k - 1) == null
                    && s.token(k - 1).capitalised()
                    && s.token(k + 1).capitalised() && !TreatyWords.FUNCTION.contains(s.lower(k - 1))) {
                continue; // "the Board of Peace charter": a body's name before a lower-case head
            }
            if (w.equals("of") && s.lower(k - 1).equals("status") && modifiers < 3) {
                start = nameStart = --k; // "Australia's status of visiting forces agreement": one kind of treaty
                continue;
            }
            if (TreatyWords.COUNTS.contains(w) && !t.capitalised()) {
                break; // "two memorandums of understanding": the count is no part of the name
            }
            if (t.isWord() && (t.capitalised() && TreatyWords.DAYS.contains(w) || TreatyHeads.eventVerb(s, k))) {
                break; // "Monday's agreement" names no treaty; nor does the verb of "Senate backs (Ratifies) forces pact"
            }
            if (t.isWord() && t.capitalised()) {
                capitalised = true;
                start = nameStart = k;
            } else if (TreatyWords.OTHER.contains(w)) {
                if (TreatyParties.partiesAfter(sm, model, h + 1).isEmpty() || TreatyHeads.plural(s, h)) {
                    return h + 1; // "similar deals", "comparable agreements with X and Y": treaties the story only alludes to
                }
                distinct = true; // "a similar boundary deal with Italy": another treaty, with its own party
                modifiers++;
                start = nameStart = k;
            } else if (TreatyWords.DISTINCT.contains(w)) {
                if (TreatyHeads.plural(s, h)) {
                    return h + 1; // "signed separate memorandums with each of the two": treaties not told one by one
                }
                distinct = true; // "a separate agreement", "an earlier accord": not the story's current treaty
                modifiers++;
                start = nameStart = k;
            } else if (t.isWord() && !TreatyWords.FUNCTION.contains(w) && !w.endsWith("ly") && modifiers < 3 && !TreatyHeads.isVerbLike(s, k)) {
                modifiers++;
                start = nameStart = k;
            } else if (Character.isDigit(t.text().charAt(0)) && s.lower(k + 1).equals("-")) {
                start = nameStart = k; // "a 100-year partnership agreement"
            } else if (k == h - 1 && k > 0 && t.text().matches("\\d{1,2}") && TreatyWords.MONTHS.contains(s.lower(k - 1))) {
                start = nameStart = k - 1; // "the March 10 agreement": a date names one treaty
                capitalised = true;
                break;
            } else {
                break;
            }
        }
        if (start >= 2 && s.lower(start - 1).equals("of") && s.lower(start - 2).equals("status") && sm.at(start - 2) == null) {
            start = nameStart = start - 2; // "a status of visiting forces agreement"
        }
        int end = s.lower(h + 1).equals("of") && Set.of("intent", "understanding").contains(s.lower(h + 2)) ? h + 3 : TreatyNames.ofWhat(s, h);
        if (end == h + 1 && s.token(h).capitalised() && start == h && h > 0 && TreatyWords.FUNCTION.contains(s.lower(h - 1))
                && !RIGHT_CONNECTORS.contains(s.lower(h + 1))) {
            capitalised = false; // "The Treaty was signed in Minsk": the treaty already named, capitalised by house style
        }
        if (s.token(h).capitalised() && RIGHT_CONNECTORS.contains(s.lower(end))
                && TreatyProperNames.nameGoesOn(s, end, RIGHT_CONNECTORS)) { // "Treaty between the", not "Treaty on Friday"
            end = TreatyProperNames.properNameEnd(sm, end, parties, RIGHT_CONNECTORS); // "between Montenegro and the Republic of Albania"
            capitalised = true;
        }
        String surface = Bodies.surface(s, nameStart, end).replaceAll("[\"“”]", "").strip();
        Set<String> explicit = new LinkedHashSet<>(parties);
        explicit.addAll(TreatyParties.partiesAfter(sm, model, end));
        explicit.addAll(TreatyParties.relativeSigners(sm, model, end));
        if (explicit.size() > parties.size()) { // "a treaty with X": the clause's actor is the other side
            String actor = Clauses.actorCountry(sm, model, TreatyHeads.coordinatedVerb(s, start)); // "... and the Quirinal Treaty with Y"
            actor = actor != null ? actor : TreatyParties.firstSince(sm, start); // "X's first alliance since the ANZUS Treaty with Y and Z"
            if (actor != null) {
                explicit.add(actor);
            }
        }
        boolean indefinite = Set.of("a", "an").contains(s.lower(start - 1));
        boolean held = indefinite && TreatyParties.heldBy(s, start - 1);
        if (indefinite && explicit.isEmpty()) { // "Britain and Ukraine already have a ... agreement", "Niger and Mali signed a treaty"
            explicit.addAll(TreatyParties.subjectParties(sm, model, start - 1, held));
        }
        boolean otherCity = TreatyNames.otherCityTreaty(model, cityState, capitalised);
        boolean signedAnother = otherCity || distinct && modifiers > 0 || Set.of("a", "an", "another").contains(s.lower(start - 1)) && TreatyHeads.signVerbBefore(s, start - 1)
                || capitalised && indefinite // "A Reciprocal Access Agreement, signed in 2023"
                || held && explicit.size() >= 2;
        boolean earlier = indefinite && (TreatyHeads.earlierInRelative(s, end, model.published)
                || TreatyParties.signedByOthers(sm, model, end)); // "A partnership treaty, signed by Kim and Putin" in a story on another pact
        signedAnother |= earlier || indefinite && TreatyParties.othersOnly(model, explicit); // "a treaty the two governments signed"

        Set<String> elsewhere = TreatyParties.disjointCountries(sm, model, start);
        if (!elsewhere.isEmpty() && modifiers > 0 && !capitalised && indefinite) {
            signedAnother = true; // "Belarus is tied to Russia by a security guarantees treaty": not the story's Franco-Polish one
            if (elsewhere.size() >= 2) {
                explicit.addAll(elsewhere);
            }
        }
        String before = model.currentTreaty();
        // "presented the declaration as part of the logic of the Abraham Accords": a framing treaty, not the story's one renamed
        boolean framed = capitalised && before != null && ((s.lower(start - 1).equals("of") || s.lower(start - 2).equals("of"))
                && !TreatyNames.sameKind(model.node(before).name, surface) || TreatyNames.predecessor(s, start));
        boolean otherDated = before != null && (TreatyNames.otherMonth(model.node(before), s.lower(start)) // "the March 10 agreement" after an August deal
                || capitalised && TreatyNames.otherYear(model.node(before), s, start, end)); // "in 2023 under the X Charter"
        Node cited = capitalised && before != null && TreatyHeads.normCited(s, start) ? model.newTreaty(TreatyNames.withoutArticle(surface)) : null;
        Mention apposed = Set.of("a", "an").contains(s.lower(start - 1)) && s.lower(start - 2).equals(",") ? sm.endingAt(start - 2) : null;
        Node treaty = cited != null ? cited // "compatible with the EU treaties": a norm the story cites, not its treaty renamed
                : apposed != null && apposed.kind() == Mention.Kind.TREATY ? model.node(apposed.key()) // "the X Charter, a mutual defence pact"
                : TreatyHeads.namedAs(s, start) && before != null ? model.node(before) // "the document, known as the Riyadh Agreement"
                : s.title() && capitalised && before != null && TreatyNames.sameHead(model.node(before).name, surface) ? model.node(before) // headline "ICC statute"
                : choose(model, surface, capitalised, modifiers > 0, explicit, strong, signingOrRatifying, signedAnother || framed || otherDated);
        if (treaty == null) {
            return end;
        }
        ArticleModel.parties(treaty).addAll(explicit);
        if (capitalised || modifiers > 0) {
            treaty.alias(surface);
            treaty.alias(TreatyProperNames.withoutParties(sm, nameStart, h, end)); // "Treaty on the Junction Point" later
            treaty.alias(TreatyProperNames.withOwner(sm, nameStart, end)); // "Finland's accession protocol"
        }
        boolean background = before != null && !before.equals(treaty.key) && (framed || earlier || otherCity || model.treatySentence == s.index()
                && !explicit.isEmpty() && !TreatyNames.compatible(ArticleModel.parties(model.node(before)), explicit));
        if (TargetWording.brokenNorm(s, start)) { // "says it breaks the Vienna Convention": a norm, not the story's event
            sm.put(new Mention(Mention.Kind.TREATY, treaty.key, start, end, Mention.Use.NAME));
            return end;
        }
        if (!background) {
            model.touchTreaty(treaty.key);
            model.treatySentence = s.index();
        } else {
            model.touchTreaty(before); // a second treaty in one sentence is background: "..., an answer to X's port deal"
        }
        model.lastEvent = background ? model.lastEvent : treaty.key;
        boolean bare = !capitalised && modifiers == 0 && explicit.isEmpty();
        sm.put(new Mention(Mention.Kind.TREATY, treaty.key, start, end, bare ? Mention.Use.ANAPHOR : Mention.Use.NAME));
        return end;
    }

    private static Node choose(ArticleModel model, String surface, boolean named, boolean described,
                               Set<String> parties, boolean strong, boolean signingOrRatifying, boolean anotherDeal) {
        String norm = surface.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        // a bare "the treaty" is the current one (below), not whichever treaty the story happened to name just "treaty"
        Node known = named || described || !parties.isEmpty() ? TreatyNames.known(model, norm, parties, named && !anotherDeal) : null;
        if (known != null && anotherDeal && ArticleModel.parties(known).size() >= 2 && !ArticleModel.parties(known).containsAll(parties)) {
            known = null; // "Iraq, Turkey, Qatar and the UAE signed a memorandum": not the two-state memorandum signed before
        }
        if (known != null) {
            return named ? TreatyNames.properName(known, surface) : known;
        }
        String current = model.currentTreaty();
        if (!named && !described && parties.isEmpty() && !(current != null && TreatyNames.namedWith(model.node(current), norm))) {
            for (Node t : model.treaties()) { // "the memorandum": the treaty named with that noun, the current one first
                if (TreatyNames.namedWith(t, norm)) {
                    current = t.key;
                }
            }
        }
        if (current == null && surface.toLowerCase(Locale.ROOT).endsWith("text")) {
            return null; // "approved a text negotiated over weeks": "the text" only ever refers back to a treaty
        }
        Node cur = current == null ? null : model.node(current);
        if (cur != null && !named && TreatyNames.declarationCalledADeal(cur, norm)) {
            cur = null; // "the first phase of the deal" after "signed a declaration": the deal it supports, not the declaration
        }
        if (cur != null && TreatyHeads.truce(norm) && TreatyHeads.otherThanTruce(cur.name)) {
            cur = null; // "the ceasefire that X signed" in a story about a defence pact: another instrument
        }
        if (anotherDeal && cur != null && (cur.attrs.get("status") != null || !TreatyNames.sameKind(surface, cur.name)
                || Boolean.TRUE.equals(cur.attrs.get("_named")) && !named)) { // "signed a treaty" after one cited by name
            cur = null; // "also signed a deal": a second treaty, not the one already signed or ratified, nor
        }               // the framework only planned before "signed a declaration"
        if (cur != null && TreatyNames.compatible(ArticleModel.parties(cur), parties)
                && !(named && Boolean.TRUE.equals(cur.attrs.get("_named")))) {
            if (named) {
                cur.alias(cur.name);
                cur.name = surface;
                cur.attrs.put("_named", true);
            }
            return cur;
        }
        if (parties.size() >= 2) { // the headline's "visiting forces pact with New Zealand" is the body's treaty
            for (Node t : model.treaties()) {
                if (ArticleModel.parties(t).equals(parties) && !(named && Boolean.TRUE.equals(t.attrs.get("_named")))) {
                    return t;
                }
            }
        }
        if (parties.size() == 1 && !anotherDeal) { // "the Singapore defence pact": the one treaty the story has with Singapore
            List<Node> with = model.treaties().stream().filter(t -> ArticleModel.parties(t).containsAll(parties)).toList();
            if (with.size() == 1 && !(named && Boolean.TRUE.equals(with.getFirst().attrs.get("_named")))) {
                return with.getFirst();
            }
        }
        if (!(named || strong || parties.size() >= 2 || signingOrRatifying)) {
            return null;
        }
        if (!named && !described && parties.isEmpty() && !signingOrRatifying) {
            return null; // a bare "the treaty" with nothing to refer to
        }
        Node t = model.newTreaty(TreatyNames.withoutArticle(surface));
        if (named) {
            t.attrs.put("_named", true);
        }
        return t;
    }
}
