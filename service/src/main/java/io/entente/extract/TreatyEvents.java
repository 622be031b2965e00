package io.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SIGNED and RATIFIED: a signing or ratifying verb, not negated or merely planned, with a
 * treaty after it (or before it, in the passive). Signers are the clause's actors plus a
 * "with [person or country]" after the treaty; their countries become parties.
 */
final class TreatyEvents {


    private TreatyEvents() {
    }

    static void find(Reading r) {
        for (Triggers.Hit hit : r.triggers.of("SIGN")) {
            if (!Clauses.modal(r.sentence, hit.at()) && !TreatyDenials.insideDenial(r, hit.at())) {
                sign(r, hit);
            }
        }
        RatificationLaws.noteApprovalLaw(r);
        Mention ratified = null;
        for (Triggers.Hit hit : r.triggers.of("RATIFY")) {
            boolean notAVote = r.sentence.lower(hit.end()).equals("the") && r.sentence.lower(hit.end() + 1).equals("way")
                    || r.sentence.lower(hit.at()).equals("concurred") && r.sentence.lower(hit.end()).equals("by"); // "must be concurred in by"
            Mention backer = r.sentence.lower(hit.at()).startsWith("back") ? Clauses.subjectBefore(r.mentions, hit.at()) : null;
            notAVote |= backer != null && backer.kind() == Mention.Kind.PERSON; // "President Duda has backed the treaty": support, no vote
            if (!Clauses.modal(r.sentence, hit.at()) && !notAVote && RatificationLaws.leadersSignedOff(r, hit)) {
                sign(r, hit); // "Crown Prince X and Prime Minister Y signed off on the agreement": their signatures
            } else if (!Clauses.modal(r.sentence, hit.at()) && !notAVote) { // "the court cleared the way in March": not the vote
                ratified = ratify(r, hit, ratified);
            }
        }
        Signatories.find(r);
    }

    private static void sign(Reading r, Triggers.Hit hit) {
        Mention treaty = TreatyTargets.around(r, hit, 8);
        Mention before = Signers.withClauseTreaty(r, hit); // ", with X and Y putting pen to paper": the pact named before
        if (before != null && (treaty == null || treaty.to() <= hit.at())) {
            for (Mention m : Signers.withClauseSigners(r, hit)) {
                r.add("SIGNED", m.key(), before.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.75);
            }
            return;
        }
        Mention law = treaty == null ? RatificationLaws.treaty(r, hit) : null; // "signed the ratification bill"
        if (law != null || treaty != null && RatificationLaws.intoLaw(r.sentence, hit, treaty)) {
            List<Mention> agents = TreatyTargets.passive(r.sentence, hit.at()) ? Signers.agents(r, hit.end()) : List.of();
            Mention signer = agents.isEmpty() ? Clauses.subjectBefore(r.mentions, hit.at()) : agents.getFirst();
            if (signer != null) { // signing a treaty into law completes its ratification at home
                RatificationLaws.ratifiedBy(r, hit, law != null ? law : treaty, signer);
            }
            return;
        }
        if (treaty == null) {
            return;
        }
        for (int k = hit.end(); k < treaty.from() && k < hit.end() + 4; k++) {
            if (Legislatures.LAWS.contains(r.sentence.lower(k))) {
                Legislatures.ratificationLaw(r, hit, k, treaty); // "signed the law on ratification of the agreement"
                return; // "signed a law ratifying the treaty": a step of ratification, not the signing
            }
        }
        for (int k = Math.max(treaty.to(), hit.at() - 8); k < hit.at(); k++) {
            if (Legislatures.LAWS.contains(r.sentence.lower(k)) && r.sentence.indexOf("ratification", k, hit.at()) >= 0) {
                return; // "the federal law on its ratification was signed by the president"
            }
        }
        List<Mention> signers = new ArrayList<>();
        Mention antecedent = r.sentence.lower(hit.at() - 1).equals("who") ? r.mentions.endingAt(hit.at() - 2) : null;
        if (treaty.to() <= hit.at()) {
            signers.addAll(Signers.agents(r, hit.end()));
            signers.addAll(signers.isEmpty() ? Signers.between(r, hit.end()) : List.of()); // "the memorandum signed in January between X and Y"
            if (signers.isEmpty() && !Signers.pairAgents(r, hit.end(), treaty)) {
                signers.addAll(SubjectLists.subjectsBefore(r.mentions, hit.at()));
                signers.removeIf(m -> m.to() <= treaty.to());
            }
            if (signers.isEmpty() && !TreatyTargets.passive(r.sentence, hit.at()) && !pairSigners(r, hit, treaty)) {
                signers.addAll(PeoplePairs.namedBefore(r, hit.at())); // "the declaration, which both men signed"
            }
            if (signers.isEmpty() && antecedent != null && antecedent.kind() == Mention.Kind.PERSON) {
                signers.add(antecedent); // "Foreign Minister Mauro Vieira, who signed on behalf of President Lula"
            }
            if (signers.isEmpty() && instrument(r.sentence, treaty.from()) && hit.at() - treaty.to() <= 4) {
                signers.addAll(SubjectLists.subjectsBefore(r.mentions, treaty.from())); // "X and Y ended the war with a pact signed in Z"
            }
            if (signers.isEmpty() && Set.of("he", "she").contains(r.sentence.lower(hit.at() - 1))) {
                Mention subject = Clauses.subjectBefore(r.mentions, treaty.from()); // "X defended the declaration he signed"
                if (subject != null && subject.kind() == Mention.Kind.PERSON) {
                    signers.add(subject);
                }
            }
            Mention with = signers.isEmpty() || TreatyTargets.passive(r.sentence, hit.at()) ? null : Signers.withPartner(r, hit.end());
            boolean own = with != null && (with.kind() == Mention.Kind.PERSON || signers.getFirst().from() <= treaty.to() + 1
                    && !TreatyHeads.plural(r.sentence, treaty.to() - 1)); // "the agreements Washington concluded with A, B and C": one each
            if (own && signers.stream().noneMatch(m -> m.key().equals(with.key()))) { // not "deals Kyiv concluded with Britain"
                signers.add(with); // "the agreement that X signed with Australian Defence Minister Y", "the pact that Armenia signed with Azerbaijan"
                signers.addAll(Signers.coordinatedAfter(r, with)); // "with Putin and Azerbaijan's President Ilham Aliyev"
            }
        } else if (overseen(r.sentence, hit.at())) { // "X and Y oversaw the signing of the accord by A and B": A and B signed
            int by = r.sentence.indexOf("by", treaty.to(), Math.min(r.sentence.size(), treaty.to() + 8));
            if (by >= 0 && r.sentence.indexOfAny(Set.of(",", ";"), treaty.to(), by) < 0) { // "of the accord on water by A and B"
                signers.addAll(Signers.agents(r, by));
            }
        } else {
            signers.addAll(Signatories.alongside(r, treaty));
            if (!pairSigners(r, hit, treaty)) { // "the two sides signed": the pair, not an earlier person
                signers.addAll(SubjectLists.subjectsBefore(r.mentions, hit.at()));
            }
            if (signers.isEmpty()) {
                signers.addAll(PeoplePairs.namedBefore(r, hit.at())); // "the two leaders signed a letter"
            }
            Mention speaker = signers.isEmpty() ? Clauses.pronounSpeaker(r.mentions, hit.at()) : null;
            speaker = speaker == null && signers.isEmpty() ? soleStateBefore(r, hit.at()) : speaker;
            if (speaker != null) {
                signers.add(speaker); // "Dendias pointed out that he had signed a comparable agreement with the UAE"
            }
            Mention counterpart = unnamedCounterpart(r, hit.at());
            if (counterpart != null && !signers.isEmpty()) {
                signers.add(counterpart); // "X and his Sri Lankan counterpart signed": Sri Lanka signed
            }
            int after = treaty.to();
            if (r.sentence.lower(after).equals("of") && r.sentence.lower(after + 1).equals("understanding")) {
                after += 2; // "signed a memorandum of understanding with X"
            }
            Mention with = r.sentence.lower(after).equals("with") // "signed the agreement with North Korean leader Kim"
                    ? Clauses.after(r.mentions, after + 1, 3, Mention::isActor)
                    : Signers.withPartner(r, after); // "signed the memorandum in Washington in August with X"
            with = Signers.namedInApposition(r, with); // "with a senior Chinese military officer, Major General X"
            if (with != null) {
                signers.add(with);
                signers.addAll(Signers.listedAfter(r, with)); // "signed it with Mali and Niger"
            }
        }
        Node t = r.model.node(treaty.key());
        boolean witness = witness(r.sentence, hit.end(), Math.max(treaty.to(), hit.end()) + 5);
        for (int k = hit.end(); k + 1 < r.sentence.size() && k < hit.end() + 25; k++) { // "signed for Britain by X"
            boolean onBehalf = r.sentence.lower(k).equals("of") && r.sentence.lower(k - 1).equals("behalf"); // "on behalf of Sri Lanka by X"
            Mention side = r.sentence.lower(k).equals("for") || onBehalf ? r.mentions.at(k + 1) : null;
            if (side != null && side.kind() == Mention.Kind.COUNTRY && r.sentence.lower(side.to()).equals("by")) {
                ArticleModel.parties(r.model.node(treaty.key())).add(side.key());
            }
        }
        if (!witness && (antecedent == null || treaty.to() > 0) && otherTreaty(r, hit, treaty, signers, t)) { // "X, who signed for Brazil": the story's treaty
            return;
        }
        if (r.sentence.lower(hit.at() - 1).equals("each") && signers.size() >= 3 && signers.getLast().from() > treaty.to()) {
            Mention partner = signers.getLast(); // "Germany and France each signed an agreement with Ukraine": one treaty each
            for (Mention other : List.copyOf(signers.subList(1, signers.size() - 1))) {
                Node copy = r.model.newTreaty(t.name);
                SignedBy.record(r, hit, List.of(other, partner), copy, witness);
                signers.remove(other);
            }
            r.model.touchTreaty(t.key);
        }
        SignedBy.record(r, hit, signers, t, witness);
        Mention second = treaty.to() > hit.at() ? CoordinatedTreaties.next(r, treaty) : null;
        if (second != null) { // "signed the Aachen Treaty with X in 2019 and the Quirinal Treaty with Y in 2021"
            SignedBy.record(r, new Triggers.Hit(second.from(), 1, hit.classes()), CoordinatedTreaties.signers(r, hit, second),
                    r.model.node(second.key()), witness);
        }
    }

    /** "... with a joint declaration signed in Asmara": the treaty is what the clause's subjects acted with. */
    private static boolean instrument(Sentence s, int treatyFrom) {
        int k = Set.of("a", "an", "the", "their", "its").contains(s.lower(treatyFrom - 1)) ? treatyFrom - 2 : treatyFrom - 1;
        return Set.of("with", "through", "via").contains(s.lower(k));
    }


    /** "and his Sri Lankan counterpart" right before the verb, with no name: the counterpart's state. */
    private static Mention unnamedCounterpart(Reading r, int verb) {
        int k = verb - 1;
        if (!Set.of("counterpart", "counterparts").contains(r.sentence.lower(k))) {
            return null;
        }
        Mention c = r.mentions.endingAt(k);
        return c != null && c.kind() == Mention.Kind.COUNTRY ? c : null;
    }

    /** "signed the declaration as a witness": the witness's state does not become a party. */
    private static boolean witness(Sentence s, int from, int to) {
        for (int k = from; k < s.size() && k < to; k++) {
            if (Set.of("witness", "witnesses", "guarantor", "guarantors", "mediator", "mediators", "observer").contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the pact Moscow concluded with North Korea", said of a treaty between Russia and Iran:
     * an anaphor whose signing names a state outside its known parties is another treaty.
     */
    private static boolean otherTreaty(Reading r, Triggers.Hit hit, Mention treaty, List<Mention> signers, Node t) {
        java.util.Set<String> parties = ArticleModel.parties(t);
        if (treaty.use() != Mention.Use.ANAPHOR || parties.size() < 2) {
            return false;
        }
        List<Mention> named = new ArrayList<>(treaty.from() > hit.at() ? List.of() : signers); // "Trump put his signature to the declaration" joins it
        int with = hit.end();
        if (r.sentence.lower(with).equals("with")) {
            Mention m = Clauses.after(r.mentions, with + 1, 3, Mention::isActor);
            if (m != null) {
                named.add(m);
            }
        }
        return named.stream().map(m -> Clauses.countryOf(m, r.model)).anyMatch(c -> c != null && !parties.contains(c));
    }

    /** "It is Australia's first alliance treaty since it signed ANZUS": the one state named before "since it". */
    private static Mention soleStateBefore(Reading r, int verb) {
        Sentence s = r.sentence;
        int it = verb - 1;
        if (!s.lower(it).equals("it") || !Set.of("since", "when", "after", "before").contains(s.lower(it - 1))) {
            return null;
        }
        List<Mention> states = r.mentions.all().stream().filter(m -> m.to() <= it - 1 && m.kind() == Mention.Kind.COUNTRY).toList();
        return states.size() == 1 ? states.getFirst() : null;
    }

    /** "the two countries signed the deal", "the three governments signed": each of them signs. */
    private static boolean pairSigners(Reading r, Triggers.Hit hit, Mention treaty) {
        int k = hit.at() - 1;
        while (k >= 0 && Set.of("have", "has", "had", "also", "jointly", "formally").contains(r.sentence.lower(k))) {
            k--;
        }
        if (k < 2 || !CountryAnaphora.isGroup(r.sentence, k - 2)) {
            return false;
        }
        for (String c : CountryAnaphora.pairIn(r.mentions, r.model, k - 2)) {
            r.add("SIGNED", c, treaty.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.7);
            ArticleModel.parties(r.model.node(treaty.key())).add(c);
        }
        return true;
    }

    /**
     * One ratifying verb; {@code earlier} is the treaty the sentence's previous one ratified, which
     * a coordinated passive shares ("was passed by the Duma on June 3 and approved by the
     * Federation Council on June 11"). Returns the treaty ratified, or null.
     */
    private static Mention ratify(Reading r, Triggers.Hit hit, Mention earlier) {
        if (RatificationLaws.adoptedOther(r, hit)) {
            return null;
        }
        Mention found = TreatyTargets.around(r, hit, 10);
        Mention named = found != null ? found : RatificationLaws.treaty(r, hit); // "adopted the Law on ratification"
        Mention law = named != null ? named : RatificationLaws.storysTreaty(r, hit); // "signed the instrument of ratification"
        boolean coordinated = earlier != null && r.sentence.lower(hit.at() - 1).equals("and")
                && r.sentence.lower(hit.end()).equals("by");
        Mention treaty = law == null && coordinated ? earlier : law;
        if (treaty == null || RatificationLaws.draft(r, treaty)) {
            return null;
        }
        List<Mention> agents = coordinated || treaty.to() <= hit.at() && TreatyTargets.passive(r.sentence, hit.at())
                ? Signers.agents(r, hit.end()) : List.of();
        Mention cleared = treaty.to() <= hit.at() ? Clauses.after(r.mentions, hit.end(), 3, m -> Legislatures.is(r, m)) : null;
        if (agents.isEmpty() && cleared != null && r.sentence.lower(hit.at() + hit.length() - 1).equals("cleared")) {
            agents = List.of(cleared); // "the agreement has finally cleared the House of Representatives"
        }
        Mention subject = agents.isEmpty() ? Clauses.subjectBefore(r.mentions, hit.at()) : agents.getFirst();
        if (subject == null && CountryAnaphora.pairBefore(r.sentence, hit.at())) { // "Both countries ratified the pact"
            for (String c : CountryAnaphora.pair(r.model)) {
                r.add("RATIFIED", c, treaty.key(), hit.at(), Map.of(), ClaimStatus.ASSERTED, 0.75);
                ArticleModel.parties(r.model.node(treaty.key())).add(c);
            }
            r.model.node(treaty.key()).attrs.put("status", "ratified");
            return treaty;
        }
        List<Mention> members = RatificationLaws.membersNotBody(r, subject); // "the first NATO members to ratify"
        (members.isEmpty() ? java.util.Collections.singletonList(subject) : members).forEach(m -> RatificationLaws.ratifiedBy(r, hit, treaty, m));
        for (Mention more : agents.subList(Math.min(1, agents.size()), agents.size())) {
            RatificationLaws.ratifiedBy(r, hit, treaty, more); // "approved by Iraq's parliament and by Kuwait's National Assembly"
        }
        Mention second = subject != null && treaty.to() > hit.at() ? CoordinatedTreaties.next(r, treaty) : null;
        if (second != null) { // "ratified an extradition treaty with Tanzania and a treaty with Kazakhstan on ..."
            RatificationLaws.ratifiedBy(r, hit, second, subject);
        }
        return treaty;
    }

    private static final Set<String> OVERSEEING = Set.of("oversaw", "overseeing", "witnessed", "witnessing", "attended", "watched", "over");

    /** "the signing of" after a verb of watching it ("oversaw", "presided over"): those watching did not sign. */
    private static boolean overseen(Sentence s, int hit) {
        return s.lower(hit).equals("signing") && s.lower(hit - 1).equals("the") && OVERSEEING.contains(s.lower(hit - 2));
    }
}
