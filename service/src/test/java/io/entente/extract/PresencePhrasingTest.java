package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Troops present somewhere without a verb of sending, in phrasings written for these tests. */
class PresencePhrasingTest {

    @Test
    void troopsTakingPartInOngoingExercisesAreInTheDatelinesState() {
        ArticleGraph g = extract("2025-04-30", "", "MANILA, April 30 (Test Wire) - About 9,000 American troops took part in the "
                + "annual Balikatan exercises alongside Philippine soldiers.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "PHL")).isTrue();
    }

    @Test
    void exercisesThatEndedOrHypotheticalTroopsAreNoDeployment() {
        ArticleGraph g = extract("2025-04-09", "", "PANAMA CITY, April 9 (Test Wire) - Under the memorandum, any U.S. troops taking "
                + "part in exercises would use facilities under Panamanian control. About 300 Canadian troops took part in "
                + "exercises that ended in March.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aDenialOfAnyTroopsStillDeniesThem() {
        ArticleGraph g = extract("2024-05-02", "", "KIGALI, May 2 (Test Wire) - Rwanda denied it had any troops in Congo after a "
                + "U.N. report said Rwandan soldiers were fighting there.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("RWA"));
    }

    @Test
    void troopsStationedThereAreInThePlaceJustNamedNotInTheNextStateOfTheSentence() {
        ArticleGraph g = extract("2025-06-24", "", "MANAMA, June 24 (Test Wire) - The Isa air base, south of Manama, is the largest "
                + "U.S. air facility in the area. About 2,000 American troops are stationed there, and Australia also keeps a small "
                + "detachment at the site.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "BHR")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "USA", "AUS")).isFalse();
    }

    @Test
    void aStateHavingAContingentOfSoldiersSomewhereHasDeployedThem() {
        ArticleGraph g = extract("2026-04-17", "", "TIRANA, 17 April (Test Wire) - Albania currently has a contingent of about "
                + "30 soldiers in Latvia as part of the allied brigade there.");
        assertThat(has(g, "DEPLOYED_TO", "ALB", "LVA")).isTrue();
        assertThat(g.relations()).filteredOn(r -> r.type().equals("DEPLOYED_TO"))
                .anyMatch(r -> Integer.valueOf(30).equals(r.attrs().get("troops")));
    }

    @Test
    void contingentsKeptInPlaceStayWhereTheStorysForceIsAndTheNextClausesStateIsNoPlace() {
        ArticleGraph g = extract("2026-02-19", "", "TEGUCIGALPA, Feb 19 (Test Wire) - Honduras will send 200 more soldiers to Haiti "
                + "next month, the defence ministry said. Belize and Barbados sent police officers to Haiti last year. Belize and "
                + "Barbados have kept small contingents in place, and Costa Rica will send medics by June.");
        assertThat(has(g, "DEPLOYED_TO", "BLZ", "HTI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "BRB", "HTI")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("CRI"));
    }

    @Test
    void aStateThatMaintainsOrKeepsTroopsSomewhereHasThemThere() {
        assertThat(has(extract("2025-05-15", "", "ACCRA, May 15 (Test Wire) - Senegal maintains peacekeepers in the Central "
                + "African Republic."), "DEPLOYED_TO", "SEN", "CAF")).isTrue();
        assertThat(has(extract("2025-05-15", "", "LONDON, May 15 (Test Wire) - Canada keeps about 2,000 soldiers in Latvia."),
                "DEPLOYED_TO", "CAN", "LVA")).isTrue();
    }

    @Test
    void troopsThatArePartOfAMissionSomewhereAreDeployedThere() {
        ArticleGraph g = extract("2025-03-12", "", "MADRID, March 12 (Test Wire) - About 400 Portuguese soldiers are part of the "
                + "allied mission in Romania.");
        assertThat(has(g, "DEPLOYED_TO", "PRT", "ROU")).isTrue();
    }

    @Test
    void troopsThatStillHoldPositionsOrRemainOnForeignSoilAreDeployedThere() {
        assertThat(has(extract("2025-12-12", "", "Turkish troops still hold a string of outposts on Iraqi soil near Duhok."),
                "DEPLOYED_TO", "TUR", "IRQ")).isTrue();
        assertThat(has(extract("2025-12-12", "", "Rwandan troops remain at three camps inside Congo, the report said."),
                "DEPLOYED_TO", "RWA", "COD")).isTrue();
        assertThat(extract("2025-12-12", "", "The talks still hold promise for Iraq and Turkey.").relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aHostDescribedInAnAppositionStillHostsTheTroops() {
        ArticleGraph g = extract("2025-05-01", "", "Qatar, a close partner of Washington, hosts some 10,000 American troops "
                + "at Al Udeid air base.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "QAT")).isTrue();
    }

    @Test
    void theKurdistanRegionInLowerCaseIsInIraq() {
        ArticleGraph g = extract("2025-05-01", "", "Baghdad protested again over Turkish soldiers stationed in the Kurdistan region.");
        assertThat(has(g, "DEPLOYED_TO", "TUR", "IRQ")).isTrue();
    }

    @Test
    void anOpeningItRightAfterASentenceAStateOpenedIsThatState() {
        ArticleGraph g = extract("2026-03-02", "", "LISBON, March 2 (Test Wire) - Portugal's naval presence abroad has been growing. "
                + "It now keeps about 120 sailors in Sao Tome and Principe. It is unclear whether Spain has sailors in Cape Verde.");
        assertThat(has(g, "DEPLOYED_TO", "PRT", "STP")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("CPV") && r.subject().equals("PRT"));
    }

    @Test
    void troopsLandingInTheNorthAreInTheStateTheSentenceNamesNotInAPlaceAfterTheClause() {
        ArticleGraph g = extract("2026-05-11", "", "VALLETTA, May 11 (Test Wire) - Ruritania aside, Cyprus has been split since "
                + "Turkish soldiers came ashore in the north after a putsch backed by the regime in Athens. Turkey still keeps tens of "
                + "thousands of troops in the northern part of the island.");
        assertThat(has(g, "DEPLOYED_TO", "TUR", "CYP")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "TUR", "GRC")).isFalse();
        assertThat(has(g, "DEPLOYED_TO", "TUR", "MLT")).isFalse();
    }

    @Test
    void aCapitalisedCompassPointIsANamedSeaNotThePartOfAState() {
        ArticleGraph g = extract("2026-05-11", "", "BERLIN, May 11 (Test Wire) - Dutch patrol aircraft will fly from Scotland to "
                + "help follow Russian submarines in the North Atlantic, the German defence ministry said.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("RUS"));
    }

    @Test
    void troopsOfAStatesNamedForceOperatingSomewhereAreThatStatesDeployment() {
        ArticleGraph g = extract("2026-08-14", "", "DAKAR, Aug 14 (Test Wire) - Soldiers of Russia's Africa Corps, the unit that "
                + "replaced the Wagner group, operate in Niger. Units of the Chadian army operate along the border.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "NER")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("TCD"));
    }

    @Test
    void aSecondContingentCoordinatedAfterTheFirstIsAnotherDeploymentWithoutTheFirstsCount() {
        ArticleGraph g = extract("2026-08-14", "", "MADRID, Aug 14 (Test Wire) - Spain keeps about 600 soldiers in Lebanon, its "
                + "largest mission abroad, and a small detachment in Latvia.");
        assertThat(has(g, "DEPLOYED_TO", "ESP", "LBN")).isTrue();
        assertThat(g.relations()).filteredOn(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("LVA"))
                .singleElement().satisfies(r -> assertThat(r.attrs().get("troops")).isNull());
    }

    @Test
    void aStateWithANestedRelativeClauseStillHasTroops() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-08-14", "", "Ethiopia, which fought a war with al-Shabaab that ended in"
                + " a ceasefire last November, still has troops at five hilltop positions in southern Somalia.");
        assertThat(RealNewsPatternsTest.has(g, "DEPLOYED_TO", "ETH", "SOM")).isTrue();
    }

    @Test
    void troopsRotatedThroughAStatesBasesAreDeployedThere() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-08-14", "", "Both are allies of France, which rotates troops"
                + " through Senegalese military bases.");
        assertThat(RealNewsPatternsTest.has(g, "DEPLOYED_TO", "FRA", "SEN")).isTrue();
    }

    @Test
    void troopsCrossingIntoAnUnknownTownAreInTheDatelinesState() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-03-24", "", "MONROVIA - Liberia said Ivorian soldiers crossed into"
                + " Ganta Kora, a border town in Nimba district, on Monday.");
        assertThat(RealNewsPatternsTest.has(g, "DEPLOYED_TO", "CIV", "LBR")).isTrue();
    }

    @Test
    void forcesRotatingThroughBasesAndAGroundForceKeptAbroadArePresent() {
        assertThat(has(extract("2025-03-14", "", "American forces rotate through nine Philippine military bases under the pact."),
                "DEPLOYED_TO", "USA", "PHL")).isTrue();
        assertThat(has(extract("2025-03-14", "", "Russia keeps its largest ground force abroad in Tajikistan."),
                "DEPLOYED_TO", "RUS", "TJK")).isTrue();
    }

    @Test
    void aForceSaidToBeEstimatedIsNotItsOwnReporter() {
        ArticleGraph g = extract("2025-03-14", "", "Russia's Africa Corps is estimated to have about 2,500 fighters in Mali.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "MLI")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED"));
        ArticleGraph told = extract("2025-03-14", "", "Malian officials said about 2,500 Russian fighters were in Mali.");
        assertThat(told.relations()).anyMatch(r -> r.type().equals("REPORTED"));
    }

    @Test
    void personnelWorkingAlongsideAHostsForcesArePresent() {
        assertThat(has(extract("2026-02-19", "", "About 100 Australian soldiers are already working alongside Papua New Guinea's "
                + "forces at the Lombrum naval base on Manus Island."), "DEPLOYED_TO", "AUS", "PNG")).isTrue();
    }

    @Test
    void forcesOfAStateNamedBeforeWhoseAreThatStates() {
        assertThat(has(extract("2025-05-01", "", "Mozambique thanked Rwanda, whose forces remain deployed in Cabo Delgado."),
                "DEPLOYED_TO", "RWA", "MOZ")).isTrue();
    }

    @Test
    void troopsFightingAlongsideANonStateGroupAreWhereTheSentenceSays() {
        assertThat(has(extract("2025-03-14", "", "About 4,000 Rwandan soldiers were fighting alongside M23 rebels in Congo."),
                "DEPLOYED_TO", "RWA", "COD")).isTrue();
    }

    @Test
    void soldiersADefenceMinistryTellsOfAreItsStatesButAnotherSpeakersAreUnknown() {
        assertThat(has(extract("2025-03-01", "", "Britain's defence ministry said 200 soldiers had arrived in Kosovo."),
                "DEPLOYED_TO", "GBR", "XKX")).isTrue();
        ArticleGraph other = extract("2025-03-01", "", "Serbia's foreign ministry said 200 soldiers had arrived in Kosovo.");
        assertThat(other.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void noTroopsAFewWordsBeforeTheNounIsNoDeploymentButNoMoreThanIs() {
        ArticleGraph none = extract("2025-11-20", "", "No French combat units are permanently based in Poland.");
        assertThat(none.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        ArticleGraph some = extract("2025-11-20", "", "No more than 300 French soldiers are based in Poland.");
        assertThat(has(some, "DEPLOYED_TO", "FRA", "POL")).isTrue();
    }

    @Test
    void whereAfterABaseAndItsAppositionPointsBackToTheBasesState() {
        ArticleGraph g = extract("2025-09-10", "", "Bahrain hosts Isa Air Base, the largest British facility in the "
                + "Gulf region, where some 600 British troops are stationed.");
        assertThat(has(g, "DEPLOYED_TO", "GBR", "BHR")).isTrue();
        ArticleGraph plain = extract("2025-09-10", "", "Djibouti hosts Camp Lemonnier, where some 4,000 American troops "
                + "are stationed.");
        assertThat(has(plain, "DEPLOYED_TO", "USA", "DJI")).isTrue();
    }

    @Test
    void aDescribedHomeNounIsTheStorysCountry() {
        ArticleGraph g = extract("2024-03-12", "", "President Ruto wants foreign troops out of the Seychelles. Kenya has "
                + "kept about 60 military personnel in the Indian Ocean nation to fly two patrol aircraft.");
        assertThat(has(g, "DEPLOYED_TO", "KEN", "SYC")).isTrue();
    }

    @Test
    void troopsAVoteClearsTheWayForAreNotThereYet() {
        ArticleGraph g = extract("2024-05-16", "", "Uruguay's Senate approved an accord with Canada on Wednesday, clearing "
                + "the way for Canadian military personnel to take part in training missions in the small South American nation.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void soldiersInAMissionKnownByItsAcronymServeInItsHostState() {
        ArticleGraph g = extract("2024-10-17", "", "Lawmakers extended for another year the participation of about 250 "
                + "Ghanaian soldiers in UNIFIL. Some 120 Nepali soldiers serve in MONUSCO.");
        assertThat(has(g, "DEPLOYED_TO", "GHA", "LBN")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "NPL", "COD")).isTrue();
    }

    @Test
    void inauguratingABrigadeAbroadDeploysIt() {
        ArticleGraph g = extract("2025-09-20", "", "Poland formally inaugurated a mechanised brigade in Latvia in April. "
                + "The Kremlin condemned the deployment.");
        assertThat(has(g, "DEPLOYED_TO", "POL", "LVA")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("RUS"));
    }

    @Test
    void troopsKeptInDefianceOfDemandsThatTheyLeaveAreStillThere() {
        ArticleGraph g = extract("2025-06-10", "", "Armenia still keeps about 900 troops in Nakhchivan's border villages "
                + "of Azerbaijan, in defiance of repeated demands from Baku that they leave.");
        assertThat(has(g, "DEPLOYED_TO", "ARM", "AZE")).isTrue();
    }

    @Test
    void marinesWhoCameAshoreWereDeployedThere() {
        ArticleGraph g = extract("2025-05-20", "", "LIMA - In March, about 150 US Marines came ashore at Callao for a "
                + "two-week exercise with the Peruvian navy.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("USA")
                && r.object().equals("PER"));
    }

    @Test
    void aSentenceOpeningOnACountryHostsTroopsItLeavesWithoutDestination() {
        ArticleGraph g = extract("2025-07-18", "", "In Burkina Faso, about 300 Russian instructors arrived in May 2024. "
                + "In Mali, some 2,000 Russian fighters are deployed alongside the army.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("RUS") && r.object().equals("BFA"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("RUS") && r.object().equals("MLI"));
    }

    @Test
    void aWithdrawalInALaterTimeClauseLeavesTheMainDeploymentStanding() {
        ArticleGraph g = extract("2025-07-18", "", "About 300 Russian instructors arrived in Burkina Faso in May 2024, "
                + "weeks before French special forces left the country.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("RUS") && r.object().equals("BFA"));
    }

    @Test
    void jetsThatEnterAnotherStatesAirspaceAreAnIncursionNotADeployment() {
        ArticleGraph g = extract("2025-09-19", "", "VILNIUS - Two Russian Su-30 fighter jets entered Lithuanian airspace "
                + "without permission on Friday. Lithuania condemned the incursion.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(has(g, "CONDEMNED", "LTU", "RUS")).isTrue();
    }

    @Test
    void theCountryIsTheOneWhoseCapitalTheClauseNamesNext() {
        ArticleGraph g = extract("2023-08-11", "", "DAKAR - Senegal said it would send troops to a force that could enter "
                + "Niger. France has about 1,500 soldiers in the country, most of them at the air base in Niamey.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("FRA") && r.object().equals("NER"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("FRA") && r.object().equals("SEN"));
    }

    @Test
    void theSouthOfAStoryDatelinedInAStateTheSentenceNamesIsThatStatesSouth() {
        ArticleGraph g = extract("2025-02-19", "Oman pledges aid to the Lebanese army as Israeli troops stay in the south",
                "BEIRUT (AP) - Oman has pledged $40 million to Lebanon's army, officials said on Wednesday.");
        assertThat(has(g, "DEPLOYED_TO", "ISR", "LBN")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "ISR", "OMN")).isFalse();
    }

    @Test
    void troopsStationedInTheKingdomAreInTheKingdomTheStoryNamed() {
        ArticleGraph g = extract("2025-09-18", "", "Bangladesh and Jordan signed a defence agreement in Amman on Wednesday. "
                + "In New Delhi, India's foreign ministry said India would study the deal and Indian officials would brief "
                + "India's parliament. Bangladeshi troops were first "
                + "stationed in the kingdom in the 1990s.");
        assertThat(has(g, "DEPLOYED_TO", "BGD", "JOR")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "BGD", "IND")).isFalse();
    }

    @Test
    void troopsThatAreStillToCompleteTheirWithdrawalAreStillDeployed() {
        ArticleGraph g = extract("2025-06-10", "", "BAMAKO (AFP) - Mali's junta has ordered out French forces. The roughly "
                + "2,000 French troops who had been based in the country, most of them at a base near Gao, are to complete "
                + "their withdrawal by August 15.");
        assertThat(has(g, "DEPLOYED_TO", "FRA", "MLI")).isTrue();
    }

    @Test
    void troopsFightingNearAPlaceAreThere() {
        ArticleGraph g = extract("2025-08-12", "", "GOMA - Congo says Burundian troops are fighting near Uvira.");
        assertThat(has(g, "DEPLOYED_TO", "BDI", "COD")).isTrue();
    }

    @Test
    void aVerdictOnTheDeploymentIsNoReportOfIt() {
        ArticleGraph g = extract("2025-04-28", "", "SEOUL - North Korea has sent about 11,000 troops to Russia's Kursk region, "
                + "South Korea's spy agency said. A U.S. State Department spokesperson said the deployment must end.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED") && r.evidence().sentence().contains("must end"));
    }

    @Test
    void sayingTheDeploymentMustEndCondemnsIt() {
        ArticleGraph g = extract("2025-04-28", "", "SEOUL - North Korea has sent about 11,000 troops to Russia's Kursk region, "
                + "South Korea's spy agency said. Japan's foreign ministry said the deployment, and any aid given in return, must end.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("deployment-prk-rus"));
    }

    @Test
    void coordinatedSendersAreNotEachOthersHostsAndANumberedBaseKeepsItsNumber() {
        ArticleGraph g = extract("2024-05-03", "", "NIAMEY - About 1,000 U.S. troops remain in Niger, most of them at Air Base 201 "
                + "in Agadez. Smaller German and Italian contingents are also stationed at Airbase 101.");
        assertThat(has(g, "DEPLOYED_TO", "DEU", "ITA")).isFalse();
        assertThat(has(g, "DEPLOYED_TO", "ITA", "DEU")).isFalse();
        assertThat(has(g, "DEPLOYED_TO", "DEU", "NER")).isTrue();
        assertThat(g.entities()).anyMatch(e -> e.type().equals("Location") && e.name().equals("Airbase 101"));
    }

    @Test
    void troopsThatMovedOntoABaseAreThereAndTheOfficialsWhoSaySoReportThem() {
        ArticleGraph g = extract("2024-05-03", "", "WASHINGTON - Russian military personnel have moved onto an air base in Niger "
                + "that still hosts U.S. troops, U.S. officials said.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "NER")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.object().equals("deployment-rus-ner"));
    }

    @Test
    void accusingAStateOfInvadingReportsItsTroopsInTheAccusersState() {
        ArticleGraph g = extract("2024-07-11", "", "GOMA - Up to 4,000 Rwandan troops are fighting alongside M23 rebels in eastern "
                + "Congo, UN experts said. President Felix Tshisekedi has for two years accused Rwanda of invading Congolese territory.");
        assertThat(has(g, "REPORTED", key(g, "Person", "Felix Tshisekedi"), "deployment-rwa-cod")).isTrue();
        ArticleGraph none = extract("2024-07-11", "", "President Felix Tshisekedi accused Rwanda of invading Congolese territory.");
        assertThat(none.relations()).noneMatch(r -> r.type().equals("REPORTED"));
    }

    @Test
    void fightersFromAStatesForceAreThatStatesTroops() {
        ArticleGraph g = extract("2024-04-21", "", "NOUAKCHOTT, April 21 (AFP) - Around 1,000 fighters from Russia's Wagner group "
                + "have been deployed in Mali since late 2021.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "MLI")).isTrue();
    }
}
