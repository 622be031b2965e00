package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How wire copy phrases troop deployments; every sentence written for these tests. */
class DeploymentPhrasingTest {

    private static Object troops(ArticleGraph g, String from, String to) {
        return g.relations().stream().filter(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals(from)
                && r.object().equals(to)).findFirst().map(r -> r.attrs().get("troops")).orElse(null);
    }

    @Test
    void troopsLeavingForACountryAreDeployedThere() {
        ArticleGraph g = extract("2025-06-15", "", "A battalion of 640 Nepali soldiers left Kathmandu on Monday for Lebanon, "
                + "where they will join the United Nations force.");
        assertThat(troops(g, "NPL", "LBN")).isEqualTo(640);
    }

    @Test
    void troopsLeavingWithoutADestinationAreNotDeployed() {
        ArticleGraph g = extract("2025-06-15", "", "The last 300 Belgian soldiers left Niger on Monday.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void troopsFlyingOutToJoinAForceGoWhereTheForceIs() {
        ArticleGraph g = extract("2025-06-15", "", "Some 200 Ghanaian troops flew out of Accra on Friday to join the "
                + "peacekeeping mission in South Sudan.");
        assertThat(troops(g, "GHA", "SSD")).isEqualTo(200);
    }

    @Test
    void gendarmesAreCountedLikeSoldiers() {
        ArticleGraph g = extract("2025-06-15", "", "Chad has sent 300 gendarmes to the Central African Republic.");
        assertThat(troops(g, "TCD", "CAF")).isEqualTo(300);
    }

    @Test
    void aRangeOfSoldiersFightingSomewhereIsADeploymentWithoutACount() {
        ArticleGraph g = extract("2025-06-15", "", "Eritrea's army has between 2,000 and 5,000 soldiers fighting beside "
                + "federal troops in Ethiopia, a U.N. panel said.");
        assertThat(has(g, "DEPLOYED_TO", "ERI", "ETH")).isTrue();
    }

    @Test
    void coordinatedNationalitiesEachSendTheirOwn() {
        ArticleGraph g = extract("2025-06-15", "", "Dutch and Belgian troops arrived in Romania on Tuesday for NATO drills.");
        assertThat(has(g, "DEPLOYED_TO", "NLD", "ROU")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "BEL", "ROU")).isTrue();
    }

    @Test
    void unitsOfANationsArmyAreThatNationsTroops() {
        ArticleGraph g = extract("2025-06-15", "", "The first units of the Turkish army crossed into Syria on Sunday.");
        assertThat(has(g, "DEPLOYED_TO", "TUR", "SYR")).isTrue();
    }

    @Test
    void hisCountrysTroopsBelongToTheSpeakersState() {
        ArticleGraph g = extract("2025-06-15", "", "Ugandan President Yoweri Museveni rejected claims that his country's "
                + "troops were in South Sudan.");
        String deployment = g.entities().stream().filter(e -> e.type().equals("TroopDeployment")).findFirst().orElseThrow().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.object().equals(deployment));
        assertThat(has(g, "DEPLOYED_TO", "UGA", "SSD")).isFalse();
    }

    @Test
    void aPronounAfterSaidStandsForTheSpeaker() {
        ArticleGraph g = extract("2025-06-15", "", "The White House said on Thursday that it had sent 40 troops to Chad to "
                + "protect the embassy.");
        assertThat(troops(g, "USA", "TCD")).isEqualTo(40);
    }

    @Test
    void stoppingARotationIsNotADeployment() {
        ArticleGraph g = extract("2025-06-15", "", "Washington will stop rotating a brigade that had units in Hungary.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "HUN")).isFalse();
    }

    @Test
    void aBrigadeBeingStationedIsDeployed() {
        ArticleGraph g = extract("2025-06-15", "", "France began stationing a brigade in Estonia on Thursday.");
        assertThat(has(g, "DEPLOYED_TO", "FRA", "EST")).isTrue();
    }

    @Test
    void aContributorNamedWithoutADestinationJoinsTheStorysForce() {
        ArticleGraph g = extract("2025-06-15", "", "DUSHANBE - Tajikistan asked its allies for help. Russian paratroopers "
                + "landed in Tajikistan on Friday. Kazakhstan dispatched about 150 soldiers, and Belarus sent an airborne unit.");
        assertThat(troops(g, "KAZ", "TJK")).isEqualTo(150);
        assertThat(has(g, "DEPLOYED_TO", "BLR", "TJK")).isTrue();
    }

    @Test
    void withoutAStoryForceADestinationlessSendingIsNotGuessed() {
        ArticleGraph g = extract("2025-06-15", "", "Kazakhstan dispatched about 150 soldiers on Friday.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void severalStatesThatHaveSoldiersSomewhereEachHaveADeployment() {
        ArticleGraph g = extract("2025-06-15", "", "Norway, Finland and Denmark also have soldiers in Latvia.");
        assertThat(has(g, "DEPLOYED_TO", "NOR", "LVA")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "FIN", "LVA")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "DNK", "LVA")).isTrue();
    }

    @Test
    void inTheCountryIsTheDatelinesStateNotTheSenders() {
        ArticleGraph g = extract("2025-06-15", "", "JUBA - South Sudan's president met envoys on Monday. Uganda has several "
                + "battalions in the country, officials said.");
        assertThat(has(g, "DEPLOYED_TO", "UGA", "SSD")).isTrue();
    }

    @Test
    void aSecondFigureInANeighbouringCountryIsASecondDeployment() {
        ArticleGraph g = extract("2025-06-15", "", "About 2,000 British soldiers are stationed in Estonia and another 300 "
                + "in neighbouring Latvia.");
        assertThat(troops(g, "GBR", "EST")).isEqualTo(2000);
        assertThat(has(g, "DEPLOYED_TO", "GBR", "LVA")).isTrue();
    }

    @Test
    void aDeniedForeignBaseIsNotATroopDeployment() {
        ArticleGraph g = extract("2025-06-15", "", "\"There is no such thing as a Russian military base in Laos,\" the "
                + "Laotian prime minister told reporters.");
        assertThat(g.entities()).noneMatch(e -> e.type().equals("TroopDeployment"));
    }

    @Test
    void aCountedPeopleStationedAbroadAreTroops() {
        ArticleGraph g = extract("2025-06-15", "", "About 3,000 Americans are stationed in Kuwait.");
        assertThat(troops(g, "USA", "KWT")).isEqualTo(3000);
    }

    @Test
    void aCountedPeopleLivingAbroadAreNotTroops() {
        ArticleGraph g = extract("2025-06-15", "", "About 20,000 Ukrainians live in Portugal.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(g.entities()).anyMatch(e -> e.key().equals("UKR"));
    }

    @Test
    void warshipsAndBombersSentAbroadAreDeployments() {
        ArticleGraph g = extract("2025-06-15", "", "Chinese warships arrived at Cambodia's Ream naval base on Sunday. "
                + "Russia deployed strategic bombers to Belarus last week.");
        assertThat(has(g, "DEPLOYED_TO", "CHN", "KHM")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "RUS", "BLR")).isTrue();
        assertThat(troops(g, "RUS", "BLR")).isNull();
    }

    @Test
    void dismissingPostsThatTroopsLandedAtAnAirportDeniesThatDeployment() {
        ArticleGraph g = extract("2025-06-15", "", "Government spokesman Jean Kossi dismissed as invention social media posts "
                + "claiming that Turkish troops had landed at Niamey's airport.");
        String deployment = g.entities().stream().filter(e -> e.type().equals("TroopDeployment")).findFirst().orElseThrow().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.object().equals(deployment));
    }

    @Test
    void denyingHavingAMilitaryPresenceDeniesThatDeployment() {
        ArticleGraph g = extract("2025-06-15", "", "India denied having any military presence in Mauritius.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("IND"));
        assertThat(has(g, "DEPLOYED_TO", "IND", "MUS")).isFalse();
    }

    @Test
    void troopsOccupyingAnotherStatesLandAreDeployedThere() {
        ArticleGraph g = extract("2025-06-15", "", "Kyrgyz troops still occupy about 30 square kilometres of Tajik land, "
                + "officials in Dushanbe say.");
        assertThat(has(g, "DEPLOYED_TO", "KGZ", "TJK")).isTrue();
    }

    @Test
    void troopsThatHaveBeenInTheCapitalAreInTheDatelinesState() {
        ArticleGraph g = extract("2025-06-15", "", "PORT VILA - Vanuatu's government thanked its neighbours. New Zealand "
                + "soldiers have been in the capital since the riots, and Fiji also sent troops to help restore order.");
        assertThat(has(g, "DEPLOYED_TO", "NZL", "VUT")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "FJI", "VUT")).isTrue();
    }

    @Test
    void aStateThatAlreadyHasTroopsSomewhereIsDeployedThere() {
        ArticleGraph g = extract("2025-06-15", "", "Burundi already has roughly 2,000 troops in Somalia.");
        assertThat(troops(g, "BDI", "SOM")).isEqualTo(2000);
    }

    @Test
    void statesAlsoHavingContingentsAtAnUnknownPostJoinTheSentencesDestination() {
        ArticleGraph g = extract("2025-01-19", "", "TALLINN, Jan 19 (Test Wire) - Estonia hosts a NATO battlegroup. Britain has roughly 900 troops in the country, "
                + "and France and Denmark also have contingents at Tapa.");
        assertThat(troops(g, "GBR", "EST")).isEqualTo(900);
        assertThat(has(g, "DEPLOYED_TO", "FRA", "EST")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "DNK", "EST")).isTrue();
    }

    @Test
    void aForceMadeUpOfSoldiersFromSeveralStatesDeploysEachOfThem() {
        ArticleGraph g = extract("2025-12-02", "", "BISSAU, Dec 2 (Test Wire) - Officers seized power in Guinea-Bissau on Sunday. "
                + "The regional mission, made up of soldiers from Nigeria, Senegal and Ghana, has been in the country since 2022.");
        assertThat(has(g, "DEPLOYED_TO", "NGA", "GNB")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "GHA", "GNB")).as("the last sender is not 'the country'").isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.object().equals("GHA"));
    }

    @Test
    void unitsMovedToTheirOwnBorderAreNotDeployedAcrossIt() {
        ArticleGraph g = extract("2025-01-19", "", "Lithuania has moved extra units of its army to its border with Belarus.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void soldiersKilledAtLeastAreNotPostedAnywhere() {
        ArticleGraph g = extract("2020-06-17", "", "NEW DELHI, June 17 (Test Wire) - Twenty Indian soldiers and at least four "
                + "Chinese soldiers were killed in the clash.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void aNumberedBaseKeptInTheCountryBelongsToItsOwnerAndTheCountryIsTheHost() {
        ArticleGraph g = extract("2024-07-16", "", "DUSHANBE, July 16 (Test Wire) - Russia remains Tajikistan's closest ally and keeps "
                + "its 201st military base, its largest outside its own borders, in the country.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "TJK")).isTrue();
    }

    @Test
    void aNewspaperWritingThatTroopsOperateFromAnOutpostReportsThem() {
        ArticleGraph g = extract("2024-07-16", "", "DUSHANBE, July 16 (Test Wire) - The Washington Post wrote in 2019 that Chinese "
                + "troops had been operating from an outpost in Tajikistan.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.object().startsWith("deployment-chn-tjk"));
    }

    @Test
    void aNavalTaskGroupSentToAPortIsADeploymentAndItsFrigateIsNoPerson() {
        ArticleGraph g = extract("2024-06-15", "", "HAVANA, June 15 (Test Wire) - Moscow has deployed a naval task group to Havana, "
                + "where the frigate Admiral Gorshkov sailed into the harbour on Wednesday.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "CUB")).isTrue();
        assertThat(g.entities()).noneMatch(e -> e.type().equals("Person"));
    }

    @Test
    void troopsAtTheBaseOrInTheEmirateAreInTheDatelinesState() {
        ArticleGraph g = extract("2025-05-15", "", "DOHA, May 15 (Test Wire) - Qatar hosted the talks. About 10,000 American troops "
                + "are stationed at the base. Turkey also keeps troops in the emirate.");
        assertThat(troops(g, "USA", "QAT")).isEqualTo(10000);
        assertThat(has(g, "DEPLOYED_TO", "TUR", "QAT")).isTrue();
    }

    @Test
    void aForceDrawnFromSeveralCountriesDeploysEachWhereItIs() {
        ArticleGraph g = extract("2024-12-12", "", "DAMASCUS, Dec 12 (Test Wire) - The observer force has about 1,100 troops in Syria, "
                + "drawn from countries including Nepal, India and Uruguay.");
        assertThat(has(g, "DEPLOYED_TO", "NPL", "SYR")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "URY", "SYR")).isTrue();
    }

    @Test
    void aCutPlannedInARelativeClauseLeavesTheMainClausesTroopsInPlace() {
        ArticleGraph g = extract("2023-09-25", "", "NAIROBI, Sept 25 (Test Wire) - Kenya already has roughly 3,500 troops in Somalia "
                + "as part of the African Union mission, which is due to cut 3,000 soldiers from its ranks by the end of the month.");
        assertThat(troops(g, "KEN", "SOM")).isEqualTo(3500);
    }

    @Test
    void theKingdomInAStoryFromTheSendersCapitalIsTheOtherState() {
        ArticleGraph g = extract("2025-11-19", "", "WASHINGTON, Nov 19 (Test Wire) - Trump praised Saudi Arabia. Several thousand "
                + "American troops are stationed in the kingdom.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "SAU")).isTrue();
    }

    @Test
    void troopsInAllThreeCountriesAreInEachOfTheStatesJustNamed() {
        ArticleGraph g = extract("2025-02-21", "", "ABIDJAN, Feb 21 (Test Wire) - Military governments in Mali, Burkina Faso and Niger "
                + "forced out French forces and have since turned to Russia, which now has military instructors deployed in all "
                + "three countries.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "MLI")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "RUS", "NER")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "RUS", "FRA")).isFalse();
    }

    @Test
    void aContingentThatArrivedAfterAnAsideIsInTheDatelinesState() {
        ArticleGraph g = extract("2022-01-27", "", "BAMAKO, Jan 27 (Test Wire) - Mali's rulers object to foreign forces. The Danish "
                + "contingent of about 90 personnel, mostly commandos with a surgical team, arrived last week to join a European task force.");
        assertThat(troops(g, "DNK", "MLI")).isEqualTo(90);
    }

    @Test
    void theNationLeadingABattlegroupInACountryHasTroopsThere() {
        ArticleGraph g = extract("2021-08-11", "", "VILNIUS, Aug 11 (Test Wire) - NATO allies keep troops in Lithuania. Germany leads "
                + "a multinational battlegroup at Rukla that includes soldiers from the Netherlands and Norway.");
        assertThat(has(g, "DEPLOYED_TO", "DEU", "LTU")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "NOR", "LTU")).isTrue();
    }

    @Test
    void aDescriptionOwnedByAKnownPersonBetweenSubjectAndVerbIsAnAside() {
        ArticleGraph g = extract("2025-12-12", "", "President Emmerson Mnangagwa met the army chiefs. Zambia, Mnangagwa's "
                + "closest regional partner, has kept troops in Harare since March.");
        assertThat(has(g, "DEPLOYED_TO", "ZMB", "ZWE")).isTrue();
    }

    @Test
    void combatAircraftByTheirTypeAreADeployment() {
        ArticleGraph g = extract("2025-09-15", "", "VILNIUS (Wire) - Spanish F-18s stationed in Lithuania intercepted two "
                + "aircraft, and Sweden deployed four Gripen fighters to Latvia on Monday.");
        assertThat(has(g, "DEPLOYED_TO", "ESP", "LTU")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "SWE", "LVA")).isTrue();
    }

    @Test
    void anUnknownBaseTakesTheStateItsOwnPhraseNamesNotALaterOne() {
        ArticleGraph g = extract("2023-03-27", "", "Britain, which has roughly 400 troops at the Kaboro air base in "
                + "Belize, said it welcomed the ruling but warned that promises made by Guatemala often go unfulfilled.");
        assertThat(has(g, "DEPLOYED_TO", "GBR", "BLZ")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "GBR", "GTM")).isFalse();
    }

    @Test
    void aBattalionThatServesInAForceAbroadIsDeployedThere() {
        ArticleGraph g = extract("2025-10-23", "", "A Danish infantry battalion of about 700 soldiers serves in the "
                + "alliance's forward land forces in Estonia, rotating twice a year.");
        assertThat(has(g, "DEPLOYED_TO", "DNK", "EST")).isTrue();
    }

    @Test
    void militaryPostsAStateRunsAbroadAreADeployment() {
        ArticleGraph g = extract("2024-08-16", "", "Russia runs several military posts inside Georgia's breakaway "
                + "region, officials in Tbilisi say.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "GEO")).isTrue();
    }

    @Test
    void troopsSentToTheirOwnSideOfABorderAreNotDeployedToTheNeighbour() {
        ArticleGraph g = extract("2025-09-12", "", "Romania is moving an extra 2,000 soldiers to the eastern border with "
                + "Ukraine, the defence ministry said.");
        assertThat(has(g, "DEPLOYED_TO", "ROU", "UKR")).isFalse();
    }

    @Test
    void militaryEngineersAndTroopsThatFlewInAreDeployments() {
        ArticleGraph g = extract("2025-09-12", "", "Around 150 Indonesian military engineers are working in Lebanon with "
                + "the UN force.");
        assertThat(troops(g, "IDN", "LBN")).isEqualTo(150);
        ArticleGraph flew = extract("2025-09-12", "", "The first 90 Djiboutian troops flew into Mogadishu on Thursday.");
        assertThat(troops(flew, "DJI", "SOM")).isEqualTo(90);
    }

    @Test
    void aSecondPostWithABareNumberKeepsItsOwnFigure() {
        ArticleGraph g = extract("2025-09-12", "", "France keeps about 1,500 soldiers in Djibouti and 350 in Gabon.");
        assertThat(troops(g, "FRA", "DJI")).isEqualTo(1500);
        assertThat(troops(g, "FRA", "GAB")).isEqualTo(350);
    }

    @Test
    void militaryPoliceAreTroops() {
        ArticleGraph g = extract("2025-09-12", "", "About 200 Turkish military police were deployed to northern Iraq on Monday.");
        assertThat(troops(g, "TUR", "IRQ")).isEqualTo(200);
    }

    @Test
    void equipmentSentToAStateIsAidButEquipmentWithSoldiersIsADeployment() {
        ArticleGraph aid = extract("2025-09-12", "", "Norway said it had sent air defence systems to Ukraine.");
        assertThat(has(aid, "DEPLOYED_TO", "NOR", "UKR")).isFalse();
        assertThat(has(aid, "AIDED", "NOR", "UKR")).isTrue();
        ArticleGraph both = extract("2025-09-12", "", "Ghana sent fighter jets and soldiers into neighbouring Togo.");
        assertThat(has(both, "DEPLOYED_TO", "GHA", "TGO")).isTrue();
    }
}
