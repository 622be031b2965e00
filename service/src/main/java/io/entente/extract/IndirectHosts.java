package io.entente.extract;

/** Host states named indirectly: "stationed in the country", "serve alongside the Germans", the state of a place of unknown country. */
final class IndirectHosts {

    private IndirectHosts() {
    }

    /**
     * "Japan ... and 55,000 American personnel are stationed in the country": when "in the country"
     * follows the verb at once, the state the sentence named first (not the sender), else null.
     */
    static String theCountryHere(Reading r, int in, String sender) {
        Sentence s = r.sentence;
        if (!s.lower(in).equals("in") || !DeploymentWording.theHome(s, in + 1, DeploymentWording.HOME_WORDS)) {
            return null;
        }
        Mention anaphor = r.mentions.at(in + 1);
        if (anaphor != null && anaphor.kind() == Mention.Kind.COUNTRY && !CountryAnaphora.origins(r.mentions, in).isEmpty()) {
            return anaphor.key(); // "troops from Uganda and Kenya in the country": none of the states they come from
        }
        return Clauses.firstState(r.mentions, in, sender);
    }

    /**
     * Where the troops of {@code ally} are, for troops serving alongside them: "alongside the
     * Germans" in Lithuania; with no such deployment, the ally's own land ("alongside Malian soldiers").
     */
    static String besideWhom(Reading r, String ally) {
        for (int i = r.model.deployments.size() - 1; ally != null && i >= 0; i--) {
            DeploymentEvent e = r.model.deployments.get(i);
            if (ally.equals(e.from()) && e.to() != null && e.status() != ClaimStatus.DENIED) {
                return e.to();
            }
        }
        return ally; // "deployed alongside Malian soldiers": with the host's own army, at home
    }

    /**
     * A place of unknown country that foreign troops are sent to lies in another country the same
     * sentence names (the dateline's first): "Iraq condemned Turkish troops in the province of
     * Duhok"; with none, the dateline's state when the story names it and it is not the sender's.
     * Otherwise it is the sender's own ground and no deployment.
     */
    static DeploymentTargets.Target hostOf(Reading r, String location, String sender) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (Mention m : r.mentions.all()) {
            boolean coSender = m.use() == Mention.Use.MODIFIER // "German and Italian contingents": senders, neither hosts
                    && r.triggers.find("TROOP", m.to(), Math.min(r.sentence.size(), m.to() + 3)) >= 0;
            if (m.kind() == Mention.Kind.COUNTRY && !m.key().equals(sender) && !coSender) {
                named.add(m.key());
            } else if (m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.PERSON) {
                String c = r.model.node(m.key()).attr("country");
                if (c != null && !c.equals(sender)) {
                    named.add(c);
                }
            }
        }
        String dateline = r.model.datelineNamed();
        String placed = r.model.node(location).attr("country"); // "Airbase 101", placed in Niamey earlier in the story
        String host = named.isEmpty() && placed != null && !placed.equals(sender) ? placed
                : r.model.dateline != null && named.contains(r.model.dateline) ? r.model.dateline
                : named.size() == 1 ? named.iterator().next()
                : named.isEmpty() && dateline != null && !dateline.equals(sender) ? dateline : null; // "FREETOWN - ... crossed into Kalieyereh"
        if (host != null && r.model.node(location).attr("country") == null) {
            r.model.node(location).attrs.put("country", host);
        }
        return new DeploymentTargets.Target(host, location);
    }

    /**
     * The country a sentence opens with as its scene, "In Niger, about 100 Russian instructors arrived
     * in April": the host of troops the rest of the sentence leaves without a destination.
     */
    static String frontedScene(Reading r) {
        return sceneAt(r.mentions, RuleExtractor.afterDateline(r.sentence));
    }

    /** The country of "In Niger," opening a sentence at token {@code k}, else null. */
    static String sceneAt(SentenceMentions sm, int k) {
        Sentence s = sm.sentence;
        if (!s.lower(k).equals("in")) {
            return null;
        }
        Mention m = sm.at(k + 1);
        return m != null && m.kind() == Mention.Kind.COUNTRY && m.from() == k + 1 && s.lower(m.to()).equals(",") ? m.key() : null;
    }
}
