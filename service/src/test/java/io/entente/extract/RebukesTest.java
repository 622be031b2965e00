package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Warnings and attacks in words that condemn whoever they are aimed at, in our own words. */
class RebukesTest {

    @Test
    void aWarningAgainstAnActOrOfItsConsequencesCondemnsTheOneWarned() {
        assertThat(has(extract("2025-06-02", "", "Turkey warned Greece against extending its territorial waters in the Aegean."),
                "CONDEMNED", "TUR", "GRC")).isTrue();
        assertThat(has(extract("2025-06-02", "", "Egypt warned Ethiopia that any further filling of the dam would have grave "
                + "consequences for the region."), "CONDEMNED", "EGY", "ETH")).isTrue();
        assertThat(has(extract("2025-06-02", "", "India warned Pakistan not to test its patience."), "CONDEMNED", "IND", "PAK"))
                .isTrue();
    }

    @Test
    void aWarningOfANaturalRiskOrAboutAThirdStateCondemnsNoOne() {
        assertThat(extract("2025-06-02", "", "Meteorologists in Dhaka warned Bangladesh of heavy flooding this week.").relations())
                .noneMatch(r -> r.type().equals("CONDEMNED"));
        assertThat(extract("2025-06-02", "", "Analysts warned that Iran could respond within days.").relations())
                .noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void anAttackInWordsCondemnsButAnAttackInArmsIsNoRebuke() {
        ArticleGraph words = extract("2025-06-02", "", "Pakistan's foreign ministry spent the week attacking Prime Minister "
                + "Narendra Modi over his remarks on the Indus treaty.");
        assertThat(words.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().contains("modi"));
        assertThat(has(extract("2025-06-02", "", "Rwanda attacked Burundi for sheltering rebels."), "CONDEMNED", "RWA", "BDI"))
                .isTrue();
        assertThat(has(extract("2025-06-02", "", "Russian forces attacked Ukraine over its northern border."),
                "CONDEMNED", "RUS", "UKR")).isFalse();
    }

    @Test
    void aWarningByAPronounMidSentenceIsNotGivenToTheNearestStateBeforeIt() {
        ArticleGraph g = extract("2025-06-02", "", "Beijing has spent weeks on a row over a Taiwan contingency, and on Monday it "
                + "warned Tokyo against interfering.");
        assertThat(has(g, "CONDEMNED", "TWN", "JPN")).isFalse();
    }

    @Test
    void himAfterADiplomatNamedByPostIsThatDiplomatNotTheLastPersonNamed() {
        ArticleGraph g = extract("2025-06-02", "", "NATO spokesperson Allison Hart praised the allies' response. In August, "
                + "Latvia expelled the first secretary of the Belarusian embassy, accusing him of spying.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().contains("hart"));
    }
}
