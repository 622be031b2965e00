package io.entente.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrasings seen in wire copy, each in a short article of our own words. */
class RealNewsPatternsTest {

    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    static ArticleGraph extract(String published, String title, String text) {
        return EXTRACTOR.extract(new Article("t", title, text, published, null, null));
    }

    static List<Entity> ofType(ArticleGraph g, String type) {
        return g.entities().stream().filter(e -> e.type().equals(type)).toList();
    }

    static boolean has(ArticleGraph g, String type, String subject, String object) {
        return g.relations().stream().anyMatch(r -> r.type().equals(type) && r.subject().equals(subject) && r.object().equals(object));
    }

    static String key(ArticleGraph g, String type, String name) {
        return ofType(g, type).stream().filter(e -> e.name().contains(name) || e.aliases().contains(name))
                .map(Entity::key).findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + name + " in " + g));
    }

    @Test
    void formerOfficeHoldersAreKnownOnTheirArticlesDate() {
        ArticleGraph g = extract("2022-10-05", "", "BAGHDAD - Iraq's foreign ministry condemned the Turkish operation.\n\n"
                + "\"We will continue,\" Defence Minister Hulusi Akar said in a video message.");
        String akar = key(g, "Person", "Hulusi Akar");
        assertThat(has(g, "HOLDS_OFFICE", akar, "TUR")).as("the gazetteer's country, not the dateline's").isTrue();
    }

    @Test
    void aKnownPersonAfterACounterpartCommaIsMet() {
        ArticleGraph g = extract("2022-10-05", "", "Iraqi Foreign Minister Fuad Hussein met his Turkish counterpart, "
                + "Mevlut Cavusoglu, in Ankara last month.");
        assertThat(has(g, "MET_WITH", key(g, "Person", "Fuad Hussein"), key(g, "Person", "Cavusoglu"))).isTrue();
    }

    @Test
    void aChamberOfANamedParliamentIsTheChamberNotTheWholeParliament() {
        ArticleGraph g = extract("2024-10-24", "Russian parliament backs pact",
                "The lower house of Russia's parliament ratified a cooperation treaty with North Korea on Thursday.");
        assertThat(ofType(g, "Organization")).extracting(Entity::name).containsExactly("State Duma");
    }

    @Test
    void foreignTroopsInAPlaceOfUnknownCountryAreInTheOtherCountryTheSentenceNames() {
        ArticleGraph g = extract("2022-06-10", "", "BAGHDAD - Iraq's Foreign Ministry condemned the deployment of more "
                + "Turkish troops in the northern province of Zakho.");
        assertThat(has(g, "DEPLOYED_TO", "TUR", "IRQ")).isTrue();
        String d = key(g, "TroopDeployment", "Turkey");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(d));
    }

    @Test
    void ownTroopsMovedToOwnBorderTownAreNoDeployment() {
        ArticleGraph g = extract("2023-12-08", "", "GEORGETOWN, Guyana - Tension rose on Friday.\n\nIn neighbouring Brazil, the army moved 60 more "
                + "soldiers to the border town of Pacaraima, the Defence Ministry said.");
        assertThat(ofType(g, "TroopDeployment")).isEmpty();
    }

    @Test
    void aNameSharedByManyParliamentsIsTheOneOfTheCountryInTheStory() {
        ArticleGraph g = extract("2024-05-10", "", "MANILA - Philippine senators debated the pact. The Senate approved "
                + "the Reciprocal Access Agreement on Monday.");
        assertThat(ofType(g, "Organization")).extracting(e -> e.attr("country")).containsOnly("PHL");
        ArticleGraph none = extract("2024-05-10", "", "The Senate held a hearing on Monday.");
        assertThat(ofType(none, "Organization")).isEmpty();
    }

    @Test
    void breakawayRegionsAndTerritoriesArePlacesOfTheirState() {
        ArticleGraph g = extract("2024-02-15", "", "About 1,500 Russian troops are stationed in Transnistria. "
                + "Germany will provide 50 million euros in humanitarian aid to Gaza.");
        assertThat(ofType(g, "Location")).extracting(Entity::name).contains("Transnistria", "Gaza");
        assertThat(ofType(g, "Country")).extracting(Entity::key).doesNotContain("XTR");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "MDA")).isTrue();
        assertThat(has(g, "AIDED", "DEU", "PSE")).isTrue();
    }

    @Test
    void aBareOfficeBelongsToTheCountryThatHeadedThePreviousSentence() {
        ArticleGraph g = extract("2023-12-08", "", "GEORGETOWN, Guyana - The U.S. military flew over Guyana on Thursday.\n\n"
                + "Venezuela condemned the flights as a provocation by the United States. "
                + "Defence Minister Carlos Mendoza Ruiz said the armed forces were on alert.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Mendoza"), "VEN")).isTrue();
    }

    @Test
    void aThenOfficeKeepsItsOwner() {
        ArticleGraph g = extract("2024-05-10", "", "The pact was signed last year by New Zealand's then defence minister, "
                + "Helen Tamihana.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Tamihana"), "NZL")).isTrue();
    }

    @Test
    void aNationalDefenceForceIsAnOrganization() {
        ArticleGraph g = extract("2023-12-08", "", "The exercise was conducted with the Guyana Defence Force on Friday.");
        assertThat(ofType(g, "Organization")).anyMatch(o -> o.aliases().contains("Guyana Defence Force")
                || o.name().equals("Guyana Defence Force"));
    }

    @Test
    void troopsOrderedToACountryArriveThereWithTheirCountAndTheHostReportsThem() {
        ArticleGraph g = extract("2022-02-07", "", "RZESZOW, Poland - The first of some 4,700 U.S. troops ordered to Poland "
                + "arrived at an airport in the southeast of the country on Sunday, Polish officials said.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("USA")
                && r.object().equals("POL") && Integer.valueOf(4700).equals(r.attrs().get("troops")));
        assertThat(has(g, "REPORTED", "POL", key(g, "TroopDeployment", "United States"))).isTrue();
    }

    @Test
    void aSendersOwnWordNeitherMakesItAClaimNorReportsIt() {
        ArticleGraph g = extract("2024-01-15", "", "Sweden has sent about 600 soldiers to Latvia as part of a NATO "
                + "battlegroup, the Swedish armed forces said on Monday.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("SWE")
                && r.object().equals("LVA") && r.claimStatus() == ClaimStatus.ASSERTED);
        assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED") && r.subject().equals("SWE"));
    }

    @Test
    void aParliamentNamedInAppositionIsThatBody() {
        ArticleGraph g = extract("2025-03-12", "", "Kyrgyzstan's parliament, the Jogorku Kenesh, approved the border "
                + "treaty with Tajikistan by 84 votes to none.");
        String body = key(g, "Organization", "Jogorku Kenesh");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals(body));
    }

    @Test
    void aWithdrawalOnlyDemandedDoesNotCancelThePresence() {
        ArticleGraph g = extract("2024-03-01", "", "Moldova's breakaway region of Transnistria hosts about 1,500 Russian "
                + "troops, a presence that Chisinau has repeatedly demanded be withdrawn.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "MDA")).isTrue();
        ArticleGraph gone = extract("2024-03-01", "", "The last 1,500 Russian troops were withdrawn from Transnistria.");
        assertThat(ofType(gone, "TroopDeployment")).isEmpty();
    }

    @Test
    void severalSendersOfOneContingentEachDeploy() {
        ArticleGraph g = extract("2022-04-01", "", "After the riots, Australia, Papua New Guinea and Fiji sent hundreds of "
                + "police officers and soldiers to Honiara.");
        for (String c : new String[] {"AUS", "PNG", "FJI"}) {
            assertThat(has(g, "DEPLOYED_TO", c, "SLB")).as(c).isTrue();
        }
    }

    @Test
    void aSonNamedAfterHisFatherIsNotTheFather() {
        ArticleGraph g = extract("2024-09-09", "", "Sheikh Khaled bin Mohamed bin Zayed, the Crown Prince of Abu Dhabi, "
                + "arrived in New Delhi on Monday.");
        assertThat(ofType(g, "Person")).extracting(Entity::name).containsExactly("Khaled bin Mohamed bin Zayed");
    }

    @Test
    void troopsBeforeAPassiveOrAnOrderedVerbAreDeployed() {
        ArticleGraph passive = extract("2022-06-10", "", "Some 300 Turkish commandos were sent to Iraq on Tuesday.");
        assertThat(passive.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("TUR")
                && r.object().equals("IRQ") && Integer.valueOf(300).equals(r.attrs().get("troops")));
        ArticleGraph ordered = extract("2022-02-22", "", "Putin ordered Russia's armed forces to deploy into two "
                + "breakaway regions in eastern Ukraine on Monday.");
        assertThat(has(ordered, "DEPLOYED_TO", "RUS", "UKR")).isTrue();
        ArticleGraph planned = extract("2022-02-22", "", "Russian troops will be sent to Belarus next month.");
        assertThat(ofType(planned, "TroopDeployment")).isEmpty();
    }

    @Test
    void severalGiversProvidingACountryWithWeaponsEachPledgeAid() {
        ArticleGraph g = extract("2024-07-11", "", "The United States, Germany and Romania would provide Ukraine with "
                + "five more Patriot air defence systems, Biden said.");
        for (String c : new String[] {"USA", "DEU", "ROU"}) {
            assertThat(g.relations()).as(c).anyMatch(r -> r.type().equals("AIDED") && r.subject().equals(c)
                    && r.object().equals("UKR") && "pledged".equals(r.attrs().get("status")));
        }
    }

    @Test
    void aSeaNamedAfterACountryIsNotThatCountry() {
        ArticleGraph g = extract("2022-06-07", "", "Cambodia denied that China would use the Ream naval base on the Gulf "
                + "of Thailand, near the South China Sea.");
        assertThat(ofType(g, "Country")).extracting(Entity::key).containsExactlyInAnyOrder("KHM", "CHN");
    }

    @Test
    void aLakeOrRiverNamedLikeAStateOrCapitalIsNeither() {
        ArticleGraph g = extract("2024-06-07", "", "Uganda and Kenya agreed to joint patrols on Lake Victoria, while "
                + "Nigeria sent boats to Lake Chad and police to the Niger Delta.");
        assertThat(ofType(g, "Country")).extracting(Entity::key).containsExactlyInAnyOrder("UGA", "KEN", "NGA");
    }

    @Test
    void aSpokesmanForABodyHoldsOfficeInThatBody() {
        ArticleGraph g = extract("2021-07-10", "", "Rwanda has deployed 1,000 soldiers to Mozambique. A spokesman for the "
                + "Rwanda Defence Force, Colonel Ronald Rwivanga, said the troops would fight insurgents.");
        String force = key(g, "Organization", "Rwanda Defence Force");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Rwivanga"), force)).isTrue();
    }
}
