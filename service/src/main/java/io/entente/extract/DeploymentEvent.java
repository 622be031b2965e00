package io.entente.extract;

/**
 * One sentence's statement about troops of {@code from} in {@code to}; either end may be null
 * until assembly matches it with a complete statement. {@code status} is ASSERTED, REPORTED
 * (inside someone's claim) or DENIED (only inside a denial). {@code planned}: troops a claim or a
 * denial says would be sent, a TroopDeployment to report on or deny but never DEPLOYED_TO.
 */
record DeploymentEvent(String from, String to, Integer troops, String location, String date,
                       ClaimStatus status, Sentence sentence, double confidence, boolean planned) {

    DeploymentEvent withStatus(ClaimStatus newStatus) {
        return new DeploymentEvent(from, to, troops, location, date, newStatus, sentence, confidence, planned);
    }
}
