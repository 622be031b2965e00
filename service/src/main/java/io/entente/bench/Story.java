package io.entente.bench;

import java.time.LocalDate;

/**
 * One event of the synthetic world, reported by several articles: its kind, the two states
 * (and people) involved, a date and the kind's details (treaty name, troop figure, aid status).
 */
record Story(Kind kind, Cast.State a, Cast.State b, Cast.Person pa, Cast.Person pb, LocalDate date,
             String treaty, int troops, String aidStatus) {

    enum Kind { TREATY, RATIFICATION, DEPLOYMENT, CONDEMNATION, ALLIANCE, MEETING, AID, DENIAL }
}
