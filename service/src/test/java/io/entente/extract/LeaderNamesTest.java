package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sitting leaders named by surname alone, and titles that run through "then-", in sentences written for these tests. */
class LeaderNamesTest {

    @Test
    void aSittingLeadersBareSurnameIsThatLeaderOnFirstMention() {
        ArticleGraph g = extract("2025-10-02", "", "Ties rest on a friendship treaty that Putin signed in 2019 with "
                + "Mongolian President Khaltmaagiin Battulga.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Vladimir Putin"), treaty)).isTrue();
    }

    @Test
    void aSurnameInsideAnotherNameOrUsedAttributivelyIsNoLeader() {
        ArticleGraph g = extract("2025-01-10", "", "Defence Minister Tene Birahima Ouattara met his French counterpart "
                + "in Abidjan. Officials from the Biden administration attended drills at the Mulino range.");
        assertThat(ofType(g, "Person")).noneMatch(p -> p.name().equals("Alassane Ouattara") || p.name().equals("Joe Biden")
                || p.name().contains("Mulino"));
    }

    @Test
    void aSignerBeforeAThenTitledOneStaysInTheList() {
        ArticleGraph g = extract("2024-03-02", "", "Kenyan President William Ruto and then-Haitian Prime Minister "
                + "Ariel Henry signed a reciprocal agreement in Nairobi on Friday.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "William Ruto"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Ariel Henry"), treaty)).isTrue();
    }

    @Test
    void aJapaneseMinisterWrittenFamilyNameFirstIsTheGazetteersOne() {
        ArticleGraph g = extract("2025-04-11", "", "MANILA - The Philippine Senate approved the access agreement. In Tokyo, "
                + "Foreign Minister Iwaya Takeshi told reporters the pact would deepen ties.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Takeshi Iwaya"), "JPN")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.object().equals("PHL"));
    }

    @Test
    void aBareTitleInASentenceOpeningAtABodyHoldsOfficeThere() {
        ArticleGraph g = extract("2025-03-20", "", "Israeli troops entered a village near Quneitra. At the United Nations, "
                + "spokesman Stephane Dujarric said the move violated the disengagement agreement.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Stephane Dujarric"), "un")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.object().equals("ISR"));
    }

    @Test
    void aBareTitleMeetingACounterpartBelongsToTheDatelineStateNotTheCounterparts() {
        ArticleGraph g = extract("2025-08-22", "", "LIMA - Foreign Minister Elena Quispe met U.S. Secretary of State "
                + "Marco Rubio in Washington on Thursday.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Elena Quispe"), "PER")).isTrue();
    }

    @Test
    void theArticlesFullerFormOfAKnownNameIsKeptAsAnAlias() {
        ArticleGraph g = extract("2025-09-10", "", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani "
                + "spoke to reporters in Doha.");
        Entity pm = ofType(g, "Person").getFirst();
        assertThat(pm.aliases()).contains("Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani");
    }
}
