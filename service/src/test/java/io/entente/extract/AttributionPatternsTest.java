package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who signed, met, condemned or denied, in phrasings written for these tests. */
class AttributionPatternsTest {

    @Test
    void aWitnessSignsWithoutMakingItsStateAParty() {
        ArticleGraph g = extract("2025-03-08", "", "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration "
                + "on Friday. U.S. President Donald Trump, who hosted the two leaders, also signed the declaration as a witness.");
        Entity treaty = ofType(g, "Treaty").getFirst();
        assertThat(String.valueOf(treaty.attr("parties"))).contains("ARM", "AZE").doesNotContain("USA");
        String trump = key(g, "Person", "Donald Trump");
        assertThat(has(g, "SIGNED", trump, treaty.key())).isTrue();
        assertThat(has(g, "MET_WITH", trump, key(g, "Person", "Nikol Pashinyan"))).as("the host met his guests").isTrue();
        assertThat(has(g, "MET_WITH", key(g, "Person", "Nikol Pashinyan"), key(g, "Person", "Ilham Aliyev"))
                || has(g, "MET_WITH", key(g, "Person", "Ilham Aliyev"), key(g, "Person", "Nikol Pashinyan")))
                .as("co-signers met").isTrue();
    }

    @Test
    void anotherTreatyNamedInPassingKeepsItsOwnSigners() {
        ArticleGraph g = extract("2025-04-08", "", "Russia's State Duma ratified a partnership treaty with Iran on Tuesday. "
                + "Unlike the pact Moscow concluded with North Korea last year, the document contains no mutual defence clause.");
        Entity iranian = ofType(g, "Treaty").stream().filter(t -> String.valueOf(t.attr("parties")).contains("IRN"))
                .findFirst().orElseThrow();
        assertThat(String.valueOf(iranian.attr("parties"))).doesNotContain("PRK");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.object().equals(iranian.key()));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("ALLIED_WITH"));
    }

    @Test
    void coordinatedNamesAfterAPluralOfficeAllHoldIt() {
        ArticleGraph g = extract("2025-08-09", "", "Azerbaijan and Armenia settled the wording. "
                + "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan initialled the text.");
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Jeyhun Bayramov"), "AZE")).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Ararat Mirzoyan"), "ARM")).isTrue();
    }

    @Test
    void aRankedNameTakesTheOfficeItsAppositionGives() {
        ArticleGraph g = extract("2025-03-12", "", "JUBA - South Sudan's government denied the report. General Muhoozi "
                + "Kainerugaba, the chief of the Uganda People's Defence Forces (UPDF), wrote that the unit had reached Juba.");
        String muhoozi = key(g, "Person", "Muhoozi Kainerugaba");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.subject().equals(muhoozi)
                && !r.object().equals("SSD"));
    }

    @Test
    void saidToHaveNoTroopsThereIsADenial() {
        ArticleGraph g = extract("2024-07-09", "", "About 3,000 Rwandan soldiers are operating inside the Democratic Republic of Congo, a group of "
                + "United Nations experts said. Government spokeswoman Yolande Makolo said Rwanda had \"no soldiers in the DRC\".");
        String deployment = key(g, "TroopDeployment", "Rwanda");
        assertThat(has(g, "REPORTED", "un", deployment)).isTrue();
        assertThat(has(g, "DENIED", key(g, "Person", "Yolande Makolo"), deployment)).isTrue();
    }

    @Test
    void condemningTheStrikeCondemnsWhoeverCarriedItOut() {
        ArticleGraph g = extract("2025-09-18", "", "The summit came a week after Israeli aircraft struck a compound in Doha. "
                + "Both Riyadh and Islamabad condemned the strike as a violation of Qatar's sovereignty.");
        assertThat(has(g, "CONDEMNED", "SAU", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "PAK", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "PAK", "QAT")).isFalse();
    }

    @Test
    void accusingEachOtherIsBlameBothWays() {
        ArticleGraph g = extract("2025-10-09", "", "Ethiopia and Eritrea have accused each other of preparing for war.");
        assertThat(has(g, "CONDEMNED", "ETH", "ERI")).isTrue();
        assertThat(has(g, "CONDEMNED", "ERI", "ETH")).isTrue();
    }

    @Test
    void aPassiveCondemnationCreditsItsAgent() {
        ArticleGraph g = extract("2024-01-24", "", "The deployment of 1,500 Turkish troops to northern Syria was "
                + "condemned by Damascus. Moscow was condemned by the European Union.");
        assertThat(has(g, "CONDEMNED", "SYR", key(g, "TroopDeployment", "Turkey"))).isTrue();
        assertThat(has(g, "CONDEMNED", "eu", "RUS")).isTrue();
        assertThat(has(g, "CONDEMNED", "RUS", "eu")).isFalse();
    }

    @Test
    void troopsKeptOrLeftBehindArePresentNotWithdrawn() {
        ArticleGraph g = extract("2025-10-29", "", "The United States will cut its forces on the eastern flank, leaving "
                + "about 1,000 soldiers in Romania. Washington also keeps about 28,500 troops in South Korea and "
                + "roughly 54,000 in Japan.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "ROU")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "USA", "KOR")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "USA", "JPN")).isTrue();
    }

    @Test
    void theOtherSidesTroopsAreNoDeployment() {
        ArticleGraph g = extract("2025-04-28", "", "North Korean soldiers fought alongside Russian units against "
                + "Ukrainian forces in the Kursk region.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("UKR"));
    }

    @Test
    void bothCountriesRatifyingGivesTwoRatifications() {
        ArticleGraph g = extract("2025-04-28", "", "Vladimir Putin and Kim Jong Un signed the Treaty on Comprehensive "
                + "Strategic Partnership in Pyongyang last June. Both countries ratified the pact in November.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "RATIFIED", "RUS", treaty)).isTrue();
        assertThat(has(g, "RATIFIED", "PRK", treaty)).isTrue();
    }

    @Test
    void ratificationUntilWhichNothingHappensIsNoRatification() {
        ArticleGraph g = extract("2024-07-08", "", "Japan and the Philippines signed a reciprocal access agreement on "
                + "Monday. It will not take effect until it has been ratified by the Japanese Diet.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void anOfficeBeforeANameIsNoSecondSigner() {
        ArticleGraph g = extract("2025-05-01", "", "The agreement was signed in Kyiv on Wednesday by Ukrainian Prime "
                + "Minister Yulia Svyrydenko and U.S. Treasury Secretary Scott Bessent.");
        assertThat(g.relations().stream().filter(r -> r.type().equals("SIGNED")).map(Relation::subject))
                .containsExactlyInAnyOrder(key(g, "Person", "Yulia Svyrydenko"), key(g, "Person", "Scott Bessent"));
    }

    @Test
    void aBodyDefinedByItsAcronymIsOneOrganisationNotTheStateInItsName() {
        ArticleGraph g = extract("2025-03-12", "", "Machar's party, the Sudan People's Liberation Movement-in-Opposition "
                + "(SPLM-IO), denounced the arrests. The SPLM-IO later called for calm.");
        assertThat(ofType(g, "Country")).noneMatch(c -> c.key().equals("SDN"));
        assertThat(ofType(g, "Organization")).anyMatch(o -> o.aliases().contains("SPLM-IO"));
    }

    @Test
    void condemnationDrawnFromSomeoneIsTheirs() {
        ArticleGraph g = extract("2025-06-12", "", "Turkey sent 500 troops to Libya. The move drew sharp condemnation from Cairo.");
        assertThat(has(g, "CONDEMNED", "EGY", key(g, "TroopDeployment", "Turkey"))).isTrue();
    }

    @Test
    void aCondemningQuoteBeforeItsSpeakerCounts() {
        ArticleGraph g = extract("2025-06-12", "", "Russian missiles struck Kyiv overnight. \"This is an act of "
                + "aggression,\" Ukrainian Foreign Minister Andrii Sybiha said of the strike.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Andrii Sybiha"), "RUS")).isTrue();
    }

    @Test
    void passiveAidIsGivenByTheSpeakersState() {
        ArticleGraph g = extract("2024-09-13", "", "German Defence Minister Boris Pistorius said a further air defence "
                + "battery would be handed to Kyiv before the end of the year.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("AIDED") && r.subject().equals("DEU")
                && r.object().equals("UKR") && "pledged".equals(r.attrs().get("status")));
    }

    @Test
    void troopsAStateHasSomewhereAreDeployedThere() {
        ArticleGraph g = extract("2024-07-08", "", "The United States, which had roughly 1,000 troops in Niger, agreed "
                + "in May to withdraw them. Ethiopia has about 3,000 soldiers serving with the African Union mission in Somalia.");
        assertThat(has(g, "DEPLOYED_TO", "USA", "NER")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "ETH", "SOM")).isTrue();
    }

    @Test
    void aClaimRejectedInTheSameSentenceIsDeniedButStillClaimed() {
        ArticleGraph g = extract("2025-06-12", "", "Eritrean troops remain in parts of Tigray, the regional administration "
                + "said, a claim Asmara rejected.");
        String deployment = key(g, "TroopDeployment", "Eritrea");
        assertThat(has(g, "DENIED", "ERI", deployment)).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "ERI", "ETH")).isTrue();
    }

    @Test
    void anUnnamedOfficeHolderSpeaksForTheirStateAndNotAccurateIsADenial() {
        ArticleGraph g = extract("2023-06-09", "", "A newspaper reported that China had signed a secret agreement with Cuba "
                + "to build a listening station. Cuba's deputy foreign minister called the report \"totally false\". "
                + "White House spokesman John Kirby said the report was not accurate.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "DENIED", "CUB", treaty)).isTrue();
        assertThat(has(g, "DENIED", key(g, "Person", "John Kirby"), treaty)).isTrue();
    }

    @Test
    void aStatesSpyAgencyReportsForIt() {
        ArticleGraph g = extract("2024-11-01", "", "South Korea's spy agency confirmed that North Korean soldiers had been "
                + "deployed to Russia.");
        assertThat(has(g, "REPORTED", "KOR", key(g, "TroopDeployment", "North Korea"))).isTrue();
    }

    @Test
    void militaryFinancingAnnouncedForAStateIsAid() {
        ArticleGraph g = extract("2025-04-30", "", "MANILA, April 30 (Test Wire) - Washington announced $500 million in foreign "
                + "military financing for the Philippines last July.");
        assertThat(has(g, "AIDED", "USA", "PHL")).isTrue();
    }

    @Test
    void aNewsAgencyThatReportedTheSigningReportsTheTreatyButSayingTheSigningMayWaitDoesNot() {
        ArticleGraph g = extract("2025-06-20", "", "APIA, June 20 (Wire) - Samoa and China signed a "
                + "fisheries agreement in Beijing in May. China's state news agency Xinhua reported the signing at the time.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals("chn-xinhua")
                && r.object().startsWith("treaty"));
        ArticleGraph later = extract("2025-06-20", "", "APIA, June 20 (Wire) - Samoa and China agreed "
                + "a fisheries agreement in May. Samoan Prime Minister Laauli Leuatea Schmidt said the signing could wait.");
        assertThat(later.relations()).noneMatch(r -> r.type().equals("REPORTED"));
    }

    @Test
    void aidInAStatesDecisionIsThatStatesAidNotTheCritics() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "Sudan on Monday condemned Chad's decision to send "
                + "armoured vehicles to Libya.");
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(g, "AIDED", "TCD", "LBY")).isTrue();
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(g, "AIDED", "SDN", "LBY")).isFalse();
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "SDN", "TCD")).isTrue();
    }

    @Test
    void deniedAidIsNoAid() {
        for (String text : new String[] {"Belarus denied supplying artillery shells to Russia.",
                "Minsk rejected claims that it sent artillery shells to Russia.",
                "Kyiv said Belarus had supplied artillery shells to Russia, a claim Minsk denied."}) {
            ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", text);
            org.assertj.core.api.Assertions.assertThat(g.relations()).as(text).noneMatch(r -> r.type().equals("AIDED"));
        }
        ArticleGraph given = RealNewsPatternsTest.extract("2025-09-12", "", "Belarus supplied artillery shells to Russia.");
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(given, "AIDED", "BLR", "RUS")).isTrue();
    }

    @Test
    void alliesNamedByPossessionDescriptionOrAStatesAlliancesAreAllied() {
        ArticleGraph own = extract("2025-03-14", "", "Erdogan has said Turkey will stand by its ally Azerbaijan with all its means.");
        assertThat(has(own, "ALLIED_WITH", "TUR", "AZE")).isTrue();
        ArticleGraph described = extract("2025-03-14", "", "Somalia's president described Turkey as a close ally.");
        assertThat(has(described, "ALLIED_WITH", "SOM", "TUR")).isTrue();
        ArticleGraph alliances = extract("2025-03-14", "", "The treaty put ties on the same footing as Australia's alliances "
                + "with the United States and New Zealand.");
        assertThat(has(alliances, "ALLIED_WITH", "AUS", "USA")).isTrue();
        assertThat(has(alliances, "ALLIED_WITH", "AUS", "NZL")).isTrue();
        ArticleGraph not = extract("2025-03-14", "", "Somalia's president said Turkey was not an ally.");
        assertThat(not.relations()).noneMatch(r -> r.type().equals("ALLIED_WITH"));
    }

    @Test
    void troopsKeptUnderAnAllianceAllyTheTwoSidesAndACriminalStepIsACharge() {
        ArticleGraph g = extract("2025-06-10", "", "Washington, which keeps about 28,500 troops in South Korea under a "
                + "decades-old alliance, welcomed the vote.");
        assertThat(has(g, "ALLIED_WITH", "USA", "KOR")).isTrue();
        ArticleGraph charge = extract("2025-06-10", "", "South Korea ratified the pact. North Korea described the ratification "
                + "as a criminal step.");
        assertThat(charge.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("PRK"));
    }

    @Test
    void aSpeakerTellingOfTheStorysTroopsReportsTheirDeployment() {
        String lead = "SEOUL, May 2 (Wire) - North Korea has sent about 12,000 troops to Russia, officials in Seoul say. ";
        ArticleGraph told = extract("2025-05-02", "", lead
                + "The Joint Chiefs of Staff said last week that some 3,000 North Korean soldiers had been wounded.");
        assertThat(has(told, "REPORTED", "kor-jcs", "deployment-prk-rus")).isTrue();

        ArticleGraph verdict = extract("2025-05-02", "", lead
                + "The Joint Chiefs of Staff said the North Korean soldiers were a grave provocation.");
        assertThat(has(verdict, "REPORTED", "kor-jcs", "deployment-prk-rus")).isFalse();

        ArticleGraph none = extract("2025-05-02", "", lead
                + "The Joint Chiefs of Staff said no North Korean soldiers were left in the Kursk region.");
        assertThat(has(none, "REPORTED", "kor-jcs", "deployment-prk-rus")).isFalse();
    }

    @Test
    void aDenialOfClaimsAboutOnesOwnArmyIsNoDenialOfAnotherStatesDeployment() {
        ArticleGraph g = extract("2023-10-01", "", "BELGRADE, Oct 1 (Wire) - Serbian President Aleksandar Vucic rejected as false claims that the "
                + "Serbian army had massed near the Kosovo boundary. NATO has reinforced its mission there, and Italy sent "
                + "200 more troops to Kosovo in September.");
        assertThat(has(g, "DEPLOYED_TO", "ITA", "XKX")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DENIED"));
    }

    @Test
    void aStatesDelegateOrOfficialSpeaksForIt() {
        ArticleGraph g = extract("2024-11-02", "", "NEW YORK, Nov 2 (Wire) - Seoul says North Korea has sent about 10,000 troops "
                + "to Russia. At a United Nations committee meeting, a North Korean delegate dismissed the reports as "
                + "groundless rumours.");
        assertThat(has(g, "DENIED", "PRK", "deployment-prk-rus")).isTrue();
    }

    @Test
    void aDeniedSigningIsADenialNotASignature() {
        ArticleGraph g = extract("2024-04-12", "", "NIAMEY, April 12 (Wire) - Government spokesman Colonel Amadou Abdramane spoke "
                + "on state television. He also denied that Niamey had signed a secret agreement to sell uranium to Tehran.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED")
                && r.subject().equals(key(g, "Person", "Amadou Abdramane")) && r.object().startsWith("treaty"));
    }
}
