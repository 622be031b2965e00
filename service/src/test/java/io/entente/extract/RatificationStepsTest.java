package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Steps of a treaty's passage as headlines and ratification stories put them, in sentences written for these tests. */
class RatificationStepsTest {

    @Test
    void aTitleCaseHeadlinesVerbIsNoPartOfTheTreatysName() {
        ArticleGraph g = extract("2025-04-17", "Lawmakers in Kenya Ratify Security Pact With Haiti",
                "NAIROBI -- Kenya's parliament has ratified an agreement with Haiti on police cooperation, officials said.");
        assertThat(ofType(g, "Treaty")).isNotEmpty()
                .noneMatch(t -> t.name().startsWith("Ratify") || t.aliases().stream().anyMatch(a -> a.startsWith("Ratify")));
    }

    @Test
    void aStepCoordinatedWithOneStillToComeIsStillToCome() {
        ArticleGraph g = extract("2025-04-17", "", "ASTANA -- Kazakhstan's lower house has ratified a border treaty with "
                + "Uzbekistan. The treaty must still be approved by the upper chamber, the Senate, and signed into law by "
                + "President Kassym-Jomart Tokayev.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED")).hasSize(1);
    }

    @Test
    void aHeadlinesLowerCaseVerbIsNoPartOfTheTreatysNameEither() {
        ArticleGraph g = extract("2025-11-18", "Kenyan Senate backs policing pact with Haiti",
                "NAIROBI, Nov 18 - Kenya's Senate has approved a policing pact with Haiti.");
        assertThat(ofType(g, "Treaty")).isNotEmpty().noneMatch(t -> t.name().contains("Senate"));
    }

    @Test
    void aSecondPassiveStepByAnotherParliamentBelongsToTheTreatyBeforeNotOneNamedAfter() {
        ArticleGraph g = extract("2025-11-18", "", "A defence cooperation agreement with Brazil, signed in March 2024, was "
                + "ratified by the Senate in November that year and approved by Brazil's Senate in May, while a trade "
                + "agreement with Chile has been in force since 2019.");
        String defence = RealNewsPatternsTest.key(g, "Treaty", "defence cooperation agreement");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED")).isNotEmpty()
                .allMatch(r -> r.object().equals(defence));
    }

    @Test
    void aSigningPostponedOrCalledOffDidNotHappen() {
        ArticleGraph g = extract("2025-10-06", "", "Fiji's Prime Minister Sitiveni Rabuka last month postponed signing the "
                + "Vuvale Agreement with Australia. A planned signing of a maritime pact with Tonga was called off.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }

    @Test
    void anExecutiveCouncilEndorsingATreatyIsNoRatification() {
        ArticleGraph g = extract("2025-10-06", "", "Papua New Guinea and Australia signed a mutual defence treaty on Monday. "
                + "The National Executive Council later endorsed the treaty.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void aLegislatureCoordinatedWithTheCabinetRatifies() {
        ArticleGraph g = extract("2024-02-22", "", "MOGADISHU - Turkey and Somalia signed a defence cooperation agreement in Ankara "
                + "on February 8. Somalia's Council of Ministers and both houses of the Federal Parliament endorsed the deal on February 21.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && !r.subject().contains("council"));
    }

    @Test
    void depositingTheInstrumentOfRatificationOfANamedTreatyRatifiesIt() {
        ArticleGraph g = extract("2024-03-05", "", "ARUSHA - Somalia became a full member of the East African Community in March, "
                + "when a delegation led by its trade minister deposited the instrument of ratification of the country's Treaty of "
                + "Accession at the bloc's headquarters.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals("SOM"));
    }

    @Test
    void aChamberThatSignsOffOnATreatyApprovesItAndSignsNothing() {
        ArticleGraph g = extract("2026-02-27", "", "BUENOS AIRES - The EU-Mercosur agreement was signed in January. On Thursday "
                + "the Argentine Senate signed off on the treaty by 69 votes to 3.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().contains("senate"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().contains("senate"));
    }

    @Test
    void leadersWhoSignOffOnATreatySignItAndRatifyNothing() {
        ArticleGraph g = extract("2025-06-12", "", "DOHA, June 12 - Emir Tamim bin Hamad Al Thani and Turkish President Recep "
                + "Tayyip Erdogan signed off on the Joint Defence Agreement at the Amiri Diwan on Wednesday.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().contains("erdogan"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().contains("tamim"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void everyChamberListedBeforeFollowedRatifies() {
        ArticleGraph g = extract("2025-03-02", "", "MINSK, March 2 (Wire) - Presidents Vladimir Putin and Alexander Lukashenko "
                + "signed the Treaty on Security Guarantees in December. Russia's State Duma ratified the treaty on February 18, "
                + "and the Federation Council as well as both chambers of Belarus' parliament, the House of Representatives and "
                + "the Council of the Republic, followed on February 26.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations().stream().filter(r -> r.type().equals("RATIFIED") && r.object().equals(treaty))
                .map(Relation::subject).distinct().count()).isEqualTo(4);
    }

    @Test
    void theMonthMayIsNoModal() {
        ArticleGraph g = extract("2025-10-27", "", "MOSCOW, Oct 27 (Wire) - Russia's parliament approved the Treaty on Strategic "
                + "Partnership between Russia and Venezuela on Monday. The document was signed in Moscow on May 7 and was "
                + "ratified by Venezuela's National Assembly on September 30.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().startsWith("ven-"));
    }
}
