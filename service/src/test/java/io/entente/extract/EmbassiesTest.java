package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Embassies that speak are organisations of their state; embassies that are only places are not. */
class EmbassiesTest {

    @Test
    void anEmbassyThatSpeaksIsAnOrganisationOfItsStateAndTheStateStillCondemns() {
        ArticleGraph g = extract("2026-04-02", "", "CANBERRA, April 2 (Test Wire) - Australia and Papua New Guinea signed a defence "
                + "treaty on Tuesday. The Chinese embassy in Port Moresby said the treaty was a dangerous provocation.");
        assertThat(g.entities()).anyMatch(e -> e.type().equals("Organization") && e.name().equals("Chinese embassy in Port Moresby")
                && e.aliases().contains("Chinese embassy"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("CHN"));
    }

    @Test
    void anEmbassyThatIsOnlyAPlaceOrThatDidNotActIsNoEntity() {
        ArticleGraph g = extract("2026-04-02", "", "ANKARA, April 2 (Test Wire) - Protesters gathered outside the Swedish embassy "
                + "on Sunday. Denmark's embassy in Ankara has been closed since March. The Norwegian embassy did not respond, "
                + "and a Finnish embassy official said nothing.");
        assertThat(g.entities()).noneMatch(e -> e.name().toLowerCase(java.util.Locale.ROOT).contains("embassy"));
    }

    @Test
    void aCapitalNamedOnlyAsAnEmbassysCityIsNoActorOfTheStory() {
        ArticleGraph g = extract("2026-04-02", "", "DAKAR, April 2 (Test Wire) - Mali accused Senegal of sheltering rebels. The Senegalese "
                + "embassy in Accra said the charge was baseless. Britain's embassy in Dakar said it was following events.");
        assertThat(g.entities()).noneMatch(e -> e.key().equals("GHA"));
        assertThat(g.entities()).anyMatch(e -> e.key().equals("SEN"));
    }
}
