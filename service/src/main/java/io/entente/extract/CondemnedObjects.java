package io.entente.extract;

import java.util.Set;

/**
 * What a condemnation with no named target condemns: the attacker of an attack noun ("condemned
 * the incursion"), the event an anaphor refers back to ("condemned the move", "condemned it"), the
 * state whose act the object names ("Britain's decision"), or the troops already reported.
 */
final class CondemnedObjects {

    /** Anaphors that refer back to the story's treaty rather than its deployment. */
    private static final Set<String> TREATY_ACTS = Set.of("signing", "decision", "suspension", "ratification", "recognition");

    static final Set<String> VERDICT_NOUNS = Set.of("provocation", "provocations", "intrusion", "intrusions",
            "incursion", "incursions", "aggression", "violation", "violations", "escalation", "interference", "meddling",
            "invasion", "occupation", "attack", "attacks", "act");

    private CondemnedObjects() {
    }

    /**
     * The object of a condemnation whose span after the verb is [{@code from}, {@code to}):
     * {@code object} is what was found so far (a deployment in the span, an author or the first
     * candidate {@code m}), {@code byAuthor} whether it is the author of a remark, {@code deployment}
     * whether it is a deployment of the span, {@code own} the condemner's state.
     */
    static String resolve(Reading r, int from, int to, String object, Mention m, boolean byAuthor, boolean deployment,
                          String own) {
        int anaphor = r.triggers.find("EVENT_ANAPHOR", from, Math.min(to, from + 6));
        String attacker = Attacks.condemnedAttacker(r, from, Math.min(to, from + 6));
        if (attacker != null && attacker.equals(own) && attacker.equals(r.model.lastAttacker)
                && Attacks.owner(r, r.triggers.find("ATTACK", from, Math.min(to, from + 6))) == null) {
            attacker = Attacks.otherAttacker(r.model, own); // "Iran also condemned the strike": not Iran's own, told last
        }
        // "condemned the incursion ... and summoned Russia's ambassador": the attack named first decides
        boolean attackFirst = anaphor >= 0 && !byAuthor && m != null && m.from() > anaphor && !deployment;
        if ((object == null || attackFirst) && attacker != null && !attacker.equals(own) && (m == null || anaphor >= 0)) {
            object = attacker; // "condemned the incursion": whoever carried it out, not the story's deployment
            anaphor = -1;
        }
        if (attacker != null && m != null && m.key().equals(object) && (victim(r, m) || attackLeads(r, from, m))
                && !attacker.equals(m.key()) && !attacker.equals(own)) {
            object = attacker; // "condemned the attack on Qatar": the attacker, not its victim
        }
        if (m != null && m.key().equals(object) && m.kind() == Mention.Kind.PERSON && r.model.coupState() != null
                && r.triggers.find("COUP_VERB", Math.max(from, m.from() - 3), m.from()) >= 0) {
            object = r.model.coupState(); // "condemned the attempt to topple President Bazoum": the putschists' state, not him
        }
        String wronger = m != null && m.key().equals(object) ? wronger(r, m, own) : null;
        if (wronger != null) {
            object = wronger; // "condemned the violation of Qatar's sovereignty": whoever struck, not the state wronged
        }
        boolean pronoun = r.sentence.lower(from).equals("it") || r.sentence.lower(from).equals("them");
        String already = pronoun && object == null && m == null ? sameSentenceTarget(r, from) : null;
        if (already != null) {
            return already; // "Iran condemned the strike, with its spokesman calling it criminal": the strike again
        }
        if (anaphor < 0 && m == null && object == null && pronoun) {
            object = namedInVerdict(r, from + 1, own); // "called it a reckless Russian provocation": Russia
        }
        if (anaphor < 0 && m == null && object == null && pronoun && r.model.lastAttacker != null
                && !r.model.lastAttacker.equals(own)
                && (r.model.lastEvent == null || onlyMentionedTreaty(r.model) || treatyInAside(r, from))) {
            object = r.model.lastAttacker; // "called it an attack" after a raid: not the convention it was said to break
        }
        if (anaphor < 0 && m == null && object == null && pronoun && r.model.lastEvent == null
                && r.model.lastVoteState != null && !r.model.lastVoteState.equals(own)) {
            object = r.model.lastVoteState; // "the Knesset voted for a bill ... Saudi Arabia condemned it"
        }
        if (anaphor < 0 && m == null && object == null && pronoun
                && r.model.lastEvent != null) { // "condemned it", "called it a provocation"
            boolean treatyLater = namedOnlyAfter(r, r.model.lastEvent, from); // "called it X and said it went against the declaration"
            object = r.model.currentTreaty() != null && r.model.currentTreaty().equals(r.model.lastEvent) && !treatyLater
                    ? r.model.lastEvent : r.model.lastDeployment != null ? r.model.lastDeployment : treatyLater ? null : r.model.lastEvent;
        }
        if (anaphor < 0 && m == null && object == null && pronoun) {
            object = troopsBefore(r, from, own); // "tracking a build-up of Serbian troops ... and described it as a threat"
        }
        if (anaphor >= 0 && (m == null || m.from() > anaphor) && r.model.lastEvent != null) { // "condemned the move"
            String noun = r.sentence.lower(anaphor);
            object = TREATY_ACTS.contains(noun) && r.model.currentTreaty() != null
                    ? actedTreaty(r.model)
                    : r.model.lastDeployment != null ? r.model.lastDeployment : r.model.lastEvent;
        } else if (anaphor >= 0 && m == null && object == null && r.model.lastAttacker != null && !r.model.lastAttacker.equals(own)) {
            object = r.model.lastAttacker; // "condemned the operation" after "police stormed the embassy": no deployment or treaty told
        }
        if (object == null && m == null && anaphor < 0) {
            object = Votes.condemned(r, from, to, own); // "condemned the election": the state that held it
        }
        if (object == null && m == null && anaphor < 0) {
            String possessor = TargetWording.possessor(r, from, own); // "denounced Britain's decision to send a ship", "what it called Ukraine's support"
            Mention owner = possessor == null ? null : Clauses.after(r.mentions, from, r.sentence.size() - from, x -> x.key().equals(possessor));
            String wrongedBy = owner == null ? null : wronger(r, owner, own);
            object = wrongedBy != null ? wrongedBy : possessor; // "said they violated Qatar's sovereignty": whoever struck, not the state wronged
        }
        if (object == null && r.sentence.lower(from).equals("the") && r.triggers.is(from + 1, "TROOP") && r.model.lastDeployment != null) {
            object = r.model.lastDeployment; // "regards the troops as an illegal presence"
        }
        return object;
    }

    /** What this sentence already condemned before a pronoun at {@code at} ("calling it ..."), else null. */
    private static String sameSentenceTarget(Reading r, int at) {
        for (int i = r.model.drafts.size() - 1; i >= 0; i--) {
            Draft d = r.model.drafts.get(i);
            if (d.sentence() != r.sentence) {
                return null;
            }
            if (d.type().equals("CONDEMNED") && at > 0 && r.sentence.lower(at - 1).startsWith("call")) {
                return d.object();
            }
        }
        return null;
    }

    /** Whether this sentence names {@code key} only after token {@code at}: a pronoun before cannot mean it. */
    private static boolean namedOnlyAfter(Reading r, String key, int at) {
        boolean after = false;
        for (Mention m : r.mentions.all()) {
            if (m.key().equals(key)) {
                if (m.from() < at) {
                    return false;
                }
                after = true;
            }
        }
        return after;
    }

    /** "The UAE, which signed the Abraham Accords, described it as ...": a treaty in the subject's aside is not "it". */
    private static boolean treatyInAside(Reading r, int from) {
        for (Mention m : r.mentions.all()) {
            if (m.kind() == Mention.Kind.TREATY && m.to() <= from && Asides.start(r.sentence, r.sentence.indexOf(",", m.to(), from)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the story's last event is a treaty that was only mentioned: never signed or ratified in it. */
    private static boolean onlyMentionedTreaty(ArticleModel model) {
        Node last = model.lastEvent == null ? null : model.node(model.lastEvent);
        return last != null && last.type.equals("Treaty") && last.attrs.get("status") == null;
    }

    /**
     * The treaty "the decision" or "the recognition" refers to: the current one, unless only a
     * treaty mentioned in passing is current and the story has one that was signed or ratified.
     */
    private static String actedTreaty(ArticleModel model) {
        String current = model.currentTreaty();
        if (model.node(current).attrs.get("status") != null) {
            return current;
        }
        for (Node t : model.treaties()) {
            if (t.attrs.get("status") != null) {
                return t.key; // "wants to join those accords" does not make the accords the decision condemned
            }
        }
        return current;
    }

    /** A verdict noun a state's adjective marks ("the gravest Russian intrusion") within the verb's clause, else -1. */
    static int statesVerdict(Reading r, int from) {
        for (int k = from; k < r.sentence.size() && k < from + 10 && !TargetWording.clauseEnds(r.sentence, k); k++) {
            Mention c = r.mentions.at(k);
            if (c != null && c.kind() == Mention.Kind.COUNTRY && c.use() == Mention.Use.MODIFIER
                    && CondemnedObjects.VERDICT_NOUNS.contains(r.sentence.lower(c.to()))) {
                return c.to();
            }
        }
        return -1;
    }

    /** The state whose adjective qualifies the verdict's noun: "the gravest Russian intrusion", "a Chinese provocation". */
    private static String namedInVerdict(Reading r, int from, String own) {
        for (int k = from; k < r.sentence.size() && k < from + 8 && !TargetWording.clauseEnds(r.sentence, k); k++) {
            Mention c = r.mentions.at(k); // past the span's end: "called it a reckless Russian provocation" ends at "reckless"
            if (c == null || c.kind() != Mention.Kind.COUNTRY || c.use() != Mention.Use.MODIFIER || c.key().equals(own)) {
                continue;
            }
            int noun = c.to();
            if (VERDICT_NOUNS.contains(r.sentence.lower(noun)) || r.triggers.is(noun, "ATTACK")) {
                return c.key();
            }
        }
        return null;
    }

    /**
     * "denounced the launch as a clear violation of U.N. Security Council resolutions": the object
     * opens with an attack noun (or a coup: "deplored the unconstitutional change of government and
     * telephoned Bazoum"), and what is named after it is not who carried it out.
     */
    private static boolean attackLeads(Reading r, int from, Mention m) {
        int noun = r.sentence.lower(from).equals("the") ? from + 1 : from;
        return (r.triggers.is(noun, "ATTACK") || r.triggers.is(noun, "COUP")) && m.from() > noun + 1
                && !r.sentence.lower(m.from() - 1).equals("by");
    }

    private static final Set<String> VIOLATING = Set.of("violated", "violating", "violates", "violate", "breached",
            "breaching", "breaches", "infringed", "infringing", "infringes", "undermined", "undermining");
    private static final Set<String> WRONGED = Set.of("sovereignty", "airspace", "territory", "territorial", "borders", "border");

    /** The story's attacker when {@code m} is the state a violation wronged, unless that is {@code m} or the condemner's own; else null. */
    private static String wronger(Reading r, Mention m, String own) {
        String attacker = r.model.lastAttacker;
        return attacker != null && !attacker.equals(m.key()) && !attacker.equals(own) && violated(r, m) ? attacker : null;
    }

    /** "violated Qatar's sovereignty", "a breach of Syria's territorial integrity": {@code m} is the state wronged. */
    private static boolean violated(Reading r, Mention m) {
        Sentence s = r.sentence;
        int before = m.from() - 1;
        boolean verb = VIOLATING.contains(s.lower(before))
                || s.lower(before).equals("of") && Set.of("violation", "violations", "breach", "infringement").contains(s.lower(before - 1));
        int after = s.lower(m.to()).equals("'s") ? m.to() + 1 : m.to();
        return verb && WRONGED.contains(s.lower(after));
    }

    /** The state whose troops this sentence named before the pronoun at {@code at}, unless the condemner's own. */
    private static String troopsBefore(Reading r, int at, String own) {
        for (Triggers.Hit hit : r.triggers.of("TROOP")) {
            if (hit.at() < at) {
                String c = TroopOwners.modifierCountry(r, hit.at());
                if (c != null && !c.equals(own)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Whether {@code m} is the victim of an attack noun: "the attack on Qatar", "strikes against the Houthis". */
    private static boolean victim(Reading r, Mention m) {
        int k = m.from() - 1;
        k -= k > 0 && r.sentence.lower(k).equals("the") ? 1 : 0;
        return k > 0 && Set.of("on", "against", "targeting").contains(r.sentence.lower(k)) && r.triggers.is(k - 1, "ATTACK");
    }
}
