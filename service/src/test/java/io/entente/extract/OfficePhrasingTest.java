package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose office a person holds, in phrasings written for these tests. */
class OfficePhrasingTest {

    @Test
    void aStatesGovernmentSpokesmanServesThatState() {
        ArticleGraph g = extract("2025-05-02", "", "NAIROBI, May 2 (Test Wire) - Kenya's president received Egyptian President "
                + "Abdel Fattah al-Sisi last week. Ethiopia's government spokesman Abebe Worku said on Thursday that the talks changed nothing.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Abebe Worku"), "ETH")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Abebe Worku"), "EGY")).isFalse();
    }

    @Test
    void itsMinistrysSpokesmanServesTheClausesActorNotTheNearestState() {
        ArticleGraph g = extract("2025-05-02", "", "BEIRUT, May 2 (Test Wire) - Turkey, a backer of the Syrian opposition, "
                + "praised what its foreign ministry spokesman Oncu Keceli called an end to the fighting in Syria.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Oncu Keceli"), "TUR")).isTrue();
    }

    @Test
    void anAdviserNamedAsSomeLeadersServesThatLeadersState() {
        ArticleGraph g = extract("2025-05-22", "", "LONDON, May 22 (Test Wire) - Prime Minister Keir Starmer backed the accord. "
                + "The accord was signed for Britain by Jonathan Powell, Starmer's national security adviser, and for Mauritius by "
                + "Gavin Glover, the attorney general.");
        String powell = key(g, "Person", "Jonathan Powell");
        String glover = key(g, "Person", "Gavin Glover");
        assertThat(has(g, "HOLDS_OFFICE", powell, "GBR")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", glover, "MUS")).as("the side he signed for").isTrue();
        String treaty = g.entities().stream().filter(e -> e.type().equals("Treaty")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", powell, treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Keir Starmer"), treaty)).as("named only as Powell's boss").isFalse();
    }

    @Test
    void capitalisedWordsQualifyingAnOfficeKeepItsOwner() {
        ArticleGraph g = extract("2025-04-09", "", "PANAMA CITY, April 9 (Test Wire) - The U.S. defence secretary arrived on Tuesday. "
                + "Panama's Public Security Minister Frank Abrego greeted him.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Frank Abrego"), "PAN")).isTrue();
    }

    @Test
    void aCityAsAGivenNameAfterAnOfficeIsPartOfTheName() {
        ArticleGraph g = extract("2023-09-25", "", "NAIROBI, Sept 25 (Test Wire) - Kenyan Defence Cabinet Secretary Aden Duale "
                + "received his Ugandan counterpart on Monday.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Aden Duale"), "KEN")).isTrue();
        assertThat(g.entities()).noneMatch(e -> e.key().equals("YEM"));
    }

    @Test
    void aPlaceNamedAfterAPrinceIsNoPerson() {
        ArticleGraph g = extract("2025-11-19", "", "RIYADH, Nov 19 (Test Wire) - Several thousand American troops are stationed in Saudi Arabia, "
                + "many of them at Prince Sultan Air Base.");
        assertThat(g.entities()).noneMatch(e -> e.type().equals("Person"));
        assertThat(has(g, "DEPLOYED_TO", "USA", "SAU")).isTrue();
    }

    @Test
    void aNationalityBeforeAKnownTitledNameStillJoinsTheSigners() {
        ArticleGraph g = extract("2025-11-19", "", "WASHINGTON, Nov 19 (Test Wire) - President Donald Trump and Saudi Crown Prince "
                + "Mohammed bin Salman signed a defence agreement on Tuesday.");
        String treaty = g.entities().stream().filter(e -> e.type().equals("Treaty")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Donald Trump"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Mohammed bin Salman"), treaty)).isTrue();
    }

    @Test
    void aBareAmbassadorIsTheStateOfTheAmbassadorNamedBefore() {
        ArticleGraph g = extract("2024-08-29", "", "TEGUCIGALPA, Aug 29 (Test Wire) - Honduras summoned the U.S. ambassador on Wednesday. "
                + "Honduran officials said Ambassador Laura Dogu had lectured the government, and Defence Minister Jose Manuel "
                + "Zelaya said he would not resign.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Laura Dogu"), "USA")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Jose Manuel Zelaya"), "HND")).isTrue();
    }

    @Test
    void namesAfterOfficesWithQualifiersAreStillPeople() {
        ArticleGraph g = extract("2022-12-07", "", "JAKARTA, Dec 7 (Test Wire) - The pact was signed in 2007 by Singapore's then "
                + "defence minister Teo Chee Hean and his Indonesian counterpart at the time, Juwono Sudarsono. Fahrettin Altun, "
                + "communications director for the Turkish presidency, called the report false. Speaker of the State Duma "
                + "Vyacheslav Volodin praised the vote.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Juwono Sudarsono"), "IDN")).isTrue();
        assertThat(key(g, "Person", "Fahrettin Altun")).isNotNull();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.subject().equals(key(g, "Person", "Vyacheslav Volodin")));
    }

    @Test
    void aPortfolioAfterTheOfficeLeadsToTheNameAfterTheComma() {
        ArticleGraph g = extract("2025-05-15", "", "DOHA, May 15 (Test Wire) - U.S. Defense Secretary Pete Hegseth and Qatar's Minister "
                + "of State for Defence Affairs, Sheikh Saoud bin Abdulrahman Al Thani, signed the document.");
        String treaty = g.entities().stream().filter(e -> e.type().equals("Treaty")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Pete Hegseth"), treaty)).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Saoud bin Abdulrahman Al Thani"), "QAT")).isTrue();
    }

    @Test
    void theArticlesOwnOutletInItsDatelineIsNoEntity() {
        ArticleGraph g = new RuleExtractor().extract(new Article("t", "", "QUITO, Nov 17 (Andean Wire Service) - Ecuadorians "
                + "rejected a proposal to allow foreign military bases.", "2024-11-17", "Andean Wire Service", null));
        assertThat(g.entities()).noneMatch(e -> e.name().equals("Andean Wire Service"));
    }

    @Test
    void aPartysMemberOfParliamentSitsForTheStateNotForTheParty() {
        ArticleGraph g = extract("2026-03-12", "", "OSLO, March 12 (Test Wire) - The Storting approved the accord after a motion by "
                + "Green Alliance MP Kari Nordvik to delay the vote was defeated.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.object().contains("alliance"));
        assertThat(g.entities()).noneMatch(e -> e.name().equals("Green Alliance"));
    }

    @Test
    void aNameRightAfterABodysHeadIsNotPartOfTheBody() {
        ArticleGraph g = extract("2026-06-02", "", "RABAT, June 2 (Test Wire) - The accord was signed by the Inspector of the Royal "
                + "Armed Forces Farouk Belkhir, and by Spain's defence minister.");
        assertThat(g.entities()).noneMatch(e -> e.name().contains("Belkhir") && e.type().equals("Organization"));
        assertThat(g.entities()).anyMatch(e -> e.name().equals("Royal Armed Forces"));
    }

    @Test
    void aSentenceOpeningWithItsSpokespersonMeansTheBodyThatHeadedTheSentenceBefore() {
        ArticleGraph g = extract("2025-01-01", "", "The African Union had warned South Sudan about the delay weeks before the vote."
                + " Its spokeswoman, Nadia Keller, said the commission would meet again.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Keller"), "au")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Keller"), "SSD")).isFalse();
    }

    @Test
    void anOfficeAfterTheNameMayCarryQualifiersBetweenOwnerAndTitle() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "Mamady Doumbouya, Guinea's transitional president, "
                + "said the talks were productive.");
        org.assertj.core.api.Assertions.assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.object().equals("GIN"));
        ArticleGraph chief = RealNewsPatternsTest.extract("2025-09-12", "", "Mark Rutte, NATO's new secretary general, said "
                + "the talks were productive.");
        org.assertj.core.api.Assertions.assertThat(chief.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE")
                && r.object().equals(RealNewsPatternsTest.key(chief, "Organization", "North Atlantic Treaty Organization")));
    }

    @Test
    void anOfficeOfABodyBeforeANameBetweenCommasHoldsThatBody() {
        ArticleGraph g = extract("2025-09-12", "", "The speaker of Armenia's parliament, Alen Simonyan, said the talks were "
                + "productive.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE")
                && r.subject().equals(key(g, "Person", "Alen Simonyan")) && r.object().equals(key(g, "Organization", "National Assembly")));
    }

    @Test
    void anEnvoyToABodyBeforeTheNameHoldsOfficeForTheSendingState() {
        ArticleGraph g = extract("2025-09-12", "", "Libya's envoy to the UN, Taher el-Sonni, accused Chad of arming militias.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.object().equals("LBY")
                && r.subject().equals(key(g, "Person", "Taher el-Sonni")));
    }

    @Test
    void threeLowercaseWordsMayStandBetweenAnOwnersPossessiveAndTheOffice() {
        ArticleGraph g = extract("2025-09-12", "", "The EU's foreign policy chief, Kaja Kallas, said the talks were productive.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE")
                && r.subject().equals(key(g, "Person", "Kaja Kallas")) && r.object().equals(key(g, "Organization", "European Union")));
    }

    @Test
    void aKnownOfficeHolderNamedWithoutATitleStillHoldsTheOfficeOnTheArticlesDate() {
        ArticleGraph g = extract("2025-01-10", "", "Belarus is tied to Russia by a security treaty that Vladimir Putin and "
                + "Alexander Lukashenko signed in Minsk in December.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Vladimir Putin"), "RUS")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Alexander Lukashenko"), "BLR")).isTrue();
        ArticleGraph former = extract("2026-06-10", "", "Jens Stoltenberg spoke in Oslo on Monday.");
        assertThat(former.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.object().equals("nato"));
    }

    @Test
    void whoChairsOrHeadsABodyHoldsAnOfficeInIt() {
        ArticleGraph g = extract("2025-01-10", "", "Leonid Slutsky, who chairs the State Duma's international affairs committee, "
                + "described the treaty as a new chapter.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Leonid Slutsky"), "rus-state-duma")).isTrue();
        ArticleGraph comma = extract("2025-01-10", "", "Ana Ruiz, who chairs, as she has since 2019, the defence committee, spoke.");
        assertThat(comma.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE"));
    }

    @Test
    void hyphenatedBodyNamesStayWholeAndAPlacePrefixIsNoPartOfTheName() {
        ArticleGraph g = extract("2025-01-10", "", "Pelle Dragsted, who leads the Red-Green Alliance, called the agreement a surrender.");
        assertThat(g.entities()).anyMatch(e -> e.name().equals("Red-Green Alliance"));
        ArticleGraph based = extract("2025-01-10", "", "The Tripoli-based Government of National Accord signed the memorandum with Turkey.");
        assertThat(based.entities()).anyMatch(e -> e.name().equals("Government of National Accord"));
    }

    @Test
    void anAbbreviatedStyleIsNoPartOfANameAndAFederalGovernmentOfAStateIsTheState() {
        ArticleGraph g = extract("2025-05-01", "", "The Minister of Foreign Affairs, H.E. Ahmed Moallim Fiqi, described the "
                + "memorandum as a violation of Somalia's sovereignty.");
        assertThat(g.entities()).anyMatch(e -> e.name().equals("Ahmed Moallim Fiqi"));
        ArticleGraph federal = extract("2025-05-01", "", "The Federal Government of Somalia remains committed to good relations.");
        assertThat(federal.entities()).noneMatch(e -> e.type().equals("Organization"));
    }

    @Test
    void institutesMissionsAndCommitteesOnSomethingAreBodies() {
        ArticleGraph g = extract("2025-06-10", "", "Satellite images analysed by the Middlebury Institute of International Studies "
                + "show the launchers.");
        assertThat(g.entities()).anyMatch(e -> e.name().equals("Middlebury Institute of International Studies"));
        ArticleGraph committee = extract("2025-06-10", "", "The Joint Standing Committee on Treaties will review the deal.");
        assertThat(committee.entities()).anyMatch(e -> e.name().equals("Joint Standing Committee on Treaties"));
        ArticleGraph monday = extract("2025-06-10", "", "The Security Council on Monday discussed the crisis.");
        assertThat(monday.entities()).noneMatch(e -> e.name().contains("Monday"));
    }

    @Test
    void portfolioMinistersAndSecretariesAreOffices() {
        ArticleGraph g = extract("2025-05-02", "", "Ghanaian Fisheries Minister Ama Boateng Owusu and Britain's business "
                + "and trade secretary Tom Ashdown Reeve met in Accra on Monday.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Ama Boateng Owusu"), "GHA")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Tom Ashdown Reeve"), "GBR")).isTrue();
    }

    @Test
    void anHonorificAfterTheOfficeIsNoPartOfTheName() {
        ArticleGraph g = extract("2025-05-02", "", "The Defence Minister of Ghana, Mr Kwesi Adjei Mensah, signed a "
                + "memorandum on naval training with Peru on Monday.");
        assertThat(g.entities()).filteredOn(e -> e.type().equals("Person")).extracting(Entity::name)
                .containsExactly("Kwesi Adjei Mensah");
    }

    @Test
    void theOfficeHeldThenMakesAnUntitledNameAPerson() {
        ArticleGraph g = extract("2025-05-02", "", "Ghana's accession protocol entered into force on Sunday. Ama Boateng "
                + "Owusu, then the trade secretary, signed the protocol in Lima in 2023.");
        String treaty = g.entities().stream().filter(e -> e.type().equals("Treaty")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Ama Boateng Owusu"), treaty)).isTrue();
    }

    @Test
    void aSurnameWithAnArabicArticleIsPartOfTheNameAndItsShortForm() {
        ArticleGraph g = extract("2023-06-06", "", "Iraqi National Security Adviser Qassem al-Araji said the fighters had "
                + "been moved. The agreement was signed in Baghdad on March 19 by Araji and Iran's Ali Shamkhani.");
        String araji = key(g, "Person", "Qassem al-Araji");
        assertThat(has(g, "HOLDS_OFFICE", araji, "IRQ")).isTrue();
        String treaty = g.entities().stream().filter(e -> e.type().equals("Treaty")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", araji, treaty)).isTrue();
        assertThat(g.entities()).noneMatch(e -> e.name().equals("Naim Qassem"));
    }

    @Test
    void ranksWithoutFullStopsAreNoPartOfTheName() {
        ArticleGraph g = extract("2025-11-14", "", "Lt Gen Maly Socheata, spokeswoman for Cambodia's Ministry of National Defence, "
                + "described the incident as brutal. Army spokesman Maj Gen Winthai Suwaree said mines had been laid.");
        assertThat(ofType(g, "Person")).extracting(Entity::name).contains("Maly Socheata", "Winthai Suwaree");
    }

    @Test
    void aTitledNameBeforeAPartyAcronymIsAPersonNotABody() {
        ArticleGraph g = extract("2026-03-11", "", "Senator Rafael Filizzola (PDP) criticised what he called the agreement's vague wording.");
        assertThat(ofType(g, "Person")).extracting(Entity::name).contains("Rafael Filizzola");
        assertThat(ofType(g, "Organization")).noneMatch(o -> o.name().contains("Filizzola"));
    }

    @Test
    void aBodyNamedForItsStateKeepsTheStateInItsName() {
        ArticleGraph g = extract("2025-03-13", "", "The Prosecutor's Office of Bosnia and Herzegovina issued warrants on Wednesday, "
                + "weeks after the Court of Bosnia and Herzegovina sentenced Dodik.");
        assertThat(ofType(g, "Organization")).extracting(Entity::name)
                .contains("Prosecutor's Office of Bosnia and Herzegovina", "Court of Bosnia and Herzegovina")
                .noneMatch(name -> name.endsWith(" of"));
    }
}
