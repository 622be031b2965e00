package io.entente.extract;

/**
 * One sentence's statement about troops of {@code from} in {@code to}; either end may be null
 * until assembly matches it with a complete statement. {@code status} is ASSERTED, REPORTED
 * (inside someone's claim) or DENIED (only inside a denial).
 */
record DeploymentEvent(String from, String to, Integer troops, String location, String date,
                       ClaimStatus status, Sentence sentence, double confidence) {
}
