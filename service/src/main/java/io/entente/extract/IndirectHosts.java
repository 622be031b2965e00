package io.entente.extract;

/** Host states named indirectly: "stationed in the country", "serve alongside the Germans". */
final class IndirectHosts {

    private IndirectHosts() {
    }

    /**
     * "Japan ... and 55,000 American personnel are stationed in the country": when "in the country"
     * follows the verb at once, the state the sentence named first (not the sender), else null.
     */
    static String theCountryHere(Reading r, int in, String sender) {
        Sentence s = r.sentence;
        if (!s.lower(in).equals("in") || !s.lower(in + 1).equals("the") || !DeploymentWording.HOME_WORDS.contains(s.lower(in + 2))) {
            return null;
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
}
