package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The register of state media and agency wires, written for these tests: passives, official titles, "the two sides". */
class StateMediaPhrasingTest {

    @Test
    void aSecondChamberInACoordinatedPassiveRatifiesToo() {
        ArticleGraph g = extract("2025-06-20", "", "The law on ratifying the defence treaty between Russia and Laos was "
                + "passed by the State Duma on June 3 and approved by the Federation Council on June 11.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "RATIFIED", key(g, "Organization", "State Duma"), treaty)).isTrue();
        assertThat(has(g, "RATIFIED", key(g, "Organization", "Federation Council"), treaty)).isTrue();
    }

    @Test
    void aSecondVerbWithoutItsOwnAgentRatifiesNothing() {
        ArticleGraph g = extract("2025-06-20", "", "The defence treaty between Russia and Laos was passed by the State Duma "
                + "on June 3 and published on June 11.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED")).hasSize(1);
    }

    @Test
    void aSenateGivingItsConcurrenceRatifiesInTheMonthItNames() {
        ArticleGraph g = extract("2025-09-11", "", "The Philippine Senate gave its concurrence to the visiting forces pact "
                + "with New Zealand in December last year.");
        String pact = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(pact)
                && r.subject().equals(key(g, "Organization", "Senate")) && "2024-12".equals(r.date()));
    }

    @Test
    void aPartyDenouncingItsTreatyLeavesItAndAnOutsiderDenouncingOneCondemnsIt() {
        ArticleGraph left = extract("2024-02-02", "", "Russia and the United States signed the Open Skies accord decades ago. "
                + "On Tuesday, Moscow denounced the accord, ending its participation.");
        assertThat(left.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
        ArticleGraph condemned = extract("2024-02-02", "", "Greece and Egypt signed a maritime pact. Turkey's foreign ministry "
                + "denounced the pact, saying it ignored Turkish rights.");
        String pact = ofType(condemned, "Treaty").getFirst().key();
        assertThat(condemned.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(pact));
    }

    @Test
    void representativesOfBothGovernmentsSignForBothParties() {
        ArticleGraph g = extract("2025-06-20", "", "The legislators ratified the Agreement between the Government of Nicaragua "
                + "and the Government of Belarus on visa-free travel. The document was signed in Minsk on May 8 by "
                + "representatives of both governments, during a visit by a Nicaraguan delegation.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "NIC", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "BLR", treaty)).isTrue();
    }

    @Test
    void aHeadlineTreatyOpeningWithTheBodysRareNameIsTheSameTreaty() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-11-13", "Parliament ratifies Tembo defence treaty with Kenya",
                "Tanzania's parliament on Tuesday voted to ratify the Tembo Mutual Defence Treaty with Kenya.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
    }

    @Test
    void treatiesNamedAfterOnePlaceOrSharingAnInnerWordStayApart() {
        ArticleGraph g = extract("2025-10-07", "", "Russia and Ukraine signed the Minsk Protocol in 2014. France and Germany "
                + "signed the Minsk agreements in 2015. Azerbaijan and Turkey signed the Shusha Declaration on Allied Relations, and Azerbaijan "
                + "and Russia later signed the Declaration on Allied Interaction.");
        assertThat(ofType(g, "Treaty")).hasSize(4);
    }

    @Test
    void anAmbassadorToAStateNamedRightAfterThePostingIsAPerson() {
        ArticleGraph g = extract("2025-10-02", "", "Iran's Ambassador to Russia Kazem Jalali told reporters that the treaty "
                + "opens a new chapter.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Kazem Jalali"), "IRN")).isTrue();
        assertThat(g.entities()).noneMatch(e -> e.type().equals("Person") && e.name().contains("Russia"));
    }

    @Test
    void aNormTheStorysTreatyIsMeasuredByIsAnotherTreatyNotItsName() {
        ArticleGraph g = extract("2026-01-21", "Parliament refers Mercosur trade deal to EU court", "Lawmakers asked the court "
                + "whether the trade agreement with Mercosur is "
                + "compatible with the EU Treaties, four days after it was signed in Paraguay. The agreement was signed on Saturday by Paraguayan President Santiago Pena "
                + "and Argentine President Javier Milei.");
        String signed = g.relations().stream().filter(r -> r.type().equals("SIGNED")).findFirst().orElseThrow().object();
        assertThat(g.entities()).filteredOn(e -> e.key().equals(signed)).allMatch(e -> !e.name().contains("EU Treaties"));
    }

    @Test
    void aChamberGivingItsConsentOrConcurringInItsRatificationRatifiesTheStorysTreaty() {
        ArticleGraph consent = extract("2025-05-20", "", "Parliament's lower house approved the defence cooperation agreement "
                + "between the Czech Republic and the United States. The Czech Senate, the upper chamber, gave its consent in February.");
        String pact = ofType(consent, "Treaty").getFirst().key();
        assertThat(consent.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(pact) && "2025-02".equals(r.date()));
        ArticleGraph concurred = extract("2025-07-10", "", "Japan's upper house endorsed the Reciprocal Access Agreement with "
                + "the Philippines. The Philippine Senate concurred in its ratification in December by a vote of 19-0.");
        String raa = ofType(concurred, "Treaty").getFirst().key();
        assertThat(concurred.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(raa) && "2024-12".equals(r.date()));
    }

    @Test
    void theSignersComeAfterAnAsideAboutAVisitNotInsideIt() {
        ArticleGraph g = extract("2025-07-10", "", "The agreement was signed in Washington in March 2022, during a visit by "
                + "then-President Ivan Duque, by then-Defence Minister Diego Molano and US Defense Secretary Lloyd Austin.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Diego Molano"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Lloyd Austin"), treaty)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", "Ivan Duque")));
    }

    @Test
    void aGivenNameBeforeAKnownLeaderIsPartOfHisNameAndEarlierIsNoPerson() {
        ArticleGraph g = extract("2025-09-18", "", "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar arrived "
                + "in Riyadh. Earlier, the Prime Minister was received by the Crown Prince.");
        assertThat(g.entities()).filteredOn(e -> e.type().equals("Person")).extracting(Entity::name)
                .doesNotContain("Mohammad", "Earlier");
        assertThat(key(g, "Person", "Ishaq Dar")).isNotNull();
    }

    @Test
    void aTitleEndingTheSentenceLooksForNoName() {
        ArticleGraph g = extract("2025-09-18", "", "The pact was welcomed by the Prime Minister");
        assertThat(g.entities()).noneMatch(e -> e.type().equals("Person"));
    }

    @Test
    void aMinisterWhoSignedOnBehalfOfHisPresidentSignsTheStorysTreatyForHisState() {
        ArticleGraph g = extract("2026-01-21", "", "The EU-Mercosur agreement was signed on Saturday in Asuncion by Paraguayan "
                + "President Santiago Pena and Argentine President Javier Milei. Brazil was represented by Foreign Minister "
                + "Mauro Vieira, who signed on behalf of President Luiz Inacio Lula da Silva.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Mauro Vieira"), treaty)).isTrue();
        assertThat(has(g, "PARTY_TO", "BRA", treaty)).isTrue();
    }

    @Test
    void aStatusOfVisitingForcesAgreementKeepsItsOwnersParty() {
        ArticleGraph g = extract("2025-09-11", "", "The Philippines and Japan signed a reciprocal access agreement last year. "
                + "Australia's status of visiting forces agreement with Manila was signed in 2007 and only cleared the Senate in 2012.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        assertThat(g.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.subject().equals("AUS"));
    }

    @Test
    void theBillAChamberApprovedIsTheLawApprovingTheStorysTreaty() {
        ArticleGraph g = extract("2025-07-10", "", "Colombian President Gustavo Petro on Thursday vetoed a law approving a defence "
                + "cooperation agreement with the United States. The Chamber of Representatives approved the bill on June 17 "
                + "by 92 votes to 41.");
        String pact = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(pact)
                && "2025-06-17".equals(r.date()));
    }

    @Test
    void theAgencyInTheDatelineIsNoRatifierAndATopLegislatureIsTheStatesLegislature() {
        ArticleGraph g = extract("2025-04-30", "", "HANOI, April 30 (Xinhua) -- Vietnam's top legislature on Wednesday "
                + "ratified the Treaty on Mutual Legal Assistance between the People's Republic of China and the Socialist "
                + "Republic of Viet Nam.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED"))
                .isNotEmpty().noneMatch(r -> r.subject().contains("xinhua"))
                .allMatch(r -> ofType(g, "Organization").stream().anyMatch(o -> o.key().equals(r.subject())
                        && "legislature".equals(o.attrs().get("kind"))));
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().startsWith("Treaty on Mutual Legal Assistance between the People's Republic"));
    }

    @Test
    void aTreatyNameListingItsPartiesRunsToItsSubjectAndItsShortFormIsTheSameTreaty() {
        ArticleGraph g = extract("2025-11-17", "", "ASTANA, 17 November (Wire) - The Treaty between the Republic of "
                + "Kazakhstan, the Kyrgyz Republic and the Republic of Uzbekistan on the Trijunction Point of the State "
                + "Borders has entered into force. The presidents signed the Treaty on the Trijunction Point of the State "
                + "Borders in Bishkek in May.");
        assertThat(ofType(g, "Treaty")).singleElement().satisfies(t -> {
            assertThat(t.name()).endsWith("on the Trijunction Point of the State Borders");
            assertThat(t.attrs().get("parties")).asList().containsExactlyInAnyOrder("KAZ", "KGZ", "UZB");
        });
        ArticleGraph framework = extract("2025-10-31", "", "India and the United States today signed the Framework for "
                + "the US-India Major Defence Partnership in Kuala Lumpur.");
        assertThat(ofType(framework, "Treaty")).anyMatch(t -> t.name().equals("Framework for the US-India Major Defence Partnership"));
    }

    @Test
    void theAggressionAgainstAVictimCondemnsTheAttackerPastAMannerPhrase() {
        ArticleGraph g = extract("2025-09-15", "", "Israeli jets struck a compound in Doha last week. Jordan condemned the "
                + "aggression against Qatar. Egypt said it \"condemns in the strongest terms\" the aggression on Qatar.");
        assertThat(has(g, "CONDEMNED", "JOR", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "EGY", "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("QAT"));
    }

    @Test
    void aSecondSignerBehindALongFormalTitleStillSigns() {
        ArticleGraph g = extract("2025-06-10", "", "The Agreement was signed in Warsaw on 3 March 2025 by the Minister of "
                + "National Defence of the Republic of Lithuania, Dovile Sakaliene, and the Federal Minister of Defence of the "
                + "Federal Republic of Germany, Boris Pistorius.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Boris Pistorius"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Dovilė Šakalienė"), treaty)).isTrue();
    }

    @Test
    void bothTreatiesOfOneRatificationAreRatifiedAndTheTreatyLaterIsTheOneNamedLast() {
        ArticleGraph g = extract("2025-04-30", "", "HANOI, April 30 (Wire) -- Vietnam's top legislature on Wednesday "
                + "ratified an extradition treaty with Laos and a treaty with Cambodia on prisoner transfers. Lawmakers "
                + "voted to ratify the Treaty on Extradition between Viet Nam and Laos. The treaty was signed in Vientiane "
                + "last year by Foreign Minister Bui Thanh Son.");
        assertThat(g.relations().stream().filter(r -> r.type().equals("RATIFIED")).map(Relation::object).distinct()).hasSize(2);
        String extradition = ofType(g, "Treaty").stream().filter(t -> t.name().startsWith("Treaty on Extradition")).findFirst()
                .orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Bui Thanh Son"), extradition)).isTrue();
    }

    @Test
    void troopsAClaimSaysWouldBeSentAreADeploymentToDenyButNotOneThatHappened() {
        ArticleGraph g = extract("2025-08-12", "", "BAKU - Azerbaijan's Foreign Ministry on Tuesday dismissed a report by "
                + "Iranian state media that 800 Turkish troops would be deployed to Azerbaijan.");
        assertThat(ofType(g, "TroopDeployment")).anyMatch(d -> "TUR".equals(d.attrs().get("from"))
                && "AZE".equals(d.attrs().get("to")));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.object().equals("deployment-tur-aze"));
        assertThat(has(g, "DEPLOYED_TO", "TUR", "AZE")).isFalse();
    }

    @Test
    void aLeaderWhoDismissedClaimsOfTroopsDidNotReportThem() {
        ArticleGraph g = extract("2025-04-20", "", "PORT VILA - Vanuatu's Prime Minister Jotham Napat told parliament on "
                + "Wednesday that his government had signed a policing agreement with China, and dismissed as "
                + "misinformation claims that Chinese troops would be stationed in the country.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED") && r.object().startsWith("deployment"));
        assertThat(has(g, "DEPLOYED_TO", "CHN", "VUT")).isFalse();
    }

    @Test
    void anOutletTheStoryCitesIsAnEntityButNotTheOneThatFiledItOrWasTold() {
        ArticleGraph g = extract("2025-03-10", "", "SEOUL, March 10 (Reuters) - North Korea's foreign ministry denounced the "
                + "drills in a statement carried by the official Korean Central News Agency. An official told Yonhap the "
                + "drills would go on.");
        assertThat(ofType(g, "Organization")).anyMatch(o -> o.name().equals("Korean Central News Agency"))
                .noneMatch(o -> o.name().equals("Reuters")).noneMatch(o -> o.name().startsWith("Yonhap"));
        ArticleGraph tass = extract("2025-06-05", "", "MOSCOW, June 5. /TASS/. Russia and Laos signed a defence agreement.");
        assertThat(ofType(tass, "Organization")).noneMatch(o -> o.name().equals("TASS"));
    }

    @Test
    void theLeaderOfTheOppositionIsAPersonWhoseAllegationIsAReport() {
        ArticleGraph g = extract("2025-06-10", "", "DHAKA - Leader of the Opposition Rahim Chowdhury had alleged on Monday "
                + "that Indian naval personnel were already present at Chittagong.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals("rahim-chowdhury"));
    }

    @Test
    void aQuotedNoForeignTroopsHereDeniesTheDeploymentTheStoryHasThere() {
        ArticleGraph g = extract("2025-03-06", "", "PARAMARIBO (AP) - Suriname rejected a claim by Venezuelan state television "
                + "that hundreds of U.S. Marines had been secretly stationed in Suriname. \"There are no foreign troops based "
                + "anywhere in Suriname,\" Foreign Minister Albert Ramdin told reporters.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("albert-ramdin")
                && r.object().equals("deployment-usa-sur"));
    }
}
