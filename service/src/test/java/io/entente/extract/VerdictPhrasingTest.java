package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verdicts told through participles, reported speech and role nouns, written for these tests. */
class VerdictPhrasingTest {

    @Test
    void aSayingParticipleAfterAnotherVerbHasTheSentencesSubject() {
        ArticleGraph g = extract("2025-03-14", "", "Bolivian President Luis Arce announced the immediate recall of the "
                + "ambassador for consultations, saying Peru had trampled on the rights of Bolivian citizens.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Luis Arce"), "PER")).isTrue();
    }

    @Test
    void condemningTheOperationAfterARaidCondemnsTheRaider() {
        ArticleGraph g = extract("2025-09-20", "", "CARACAS, Sept 20 (Wire) - Venezuelan intelligence agents raided the "
                + "Argentine ambassador's residence on Friday night. Uruguay condemned the operation as unlawful.");
        assertThat(has(g, "CONDEMNED", "URY", "VEN")).isTrue();
    }

    @Test
    void agentsOrCommandosWhoStormAPlaceAreTheirStatesAttackers() {
        ArticleGraph g = extract("2025-09-20", "", "CARACAS, Sept 20 (Wire) - Venezuelan agents stormed the Argentine "
                + "embassy on Friday night. Uruguay condemned the raid as unlawful.");
        assertThat(has(g, "CONDEMNED", "URY", "VEN")).isTrue();
    }

    @Test
    void condemningTheRecognitionCondemnsTheSignedDeclarationNotATreatyMentionedInPassing() {
        ArticleGraph g = extract("2025-12-27", "", "Israel and Morocco signed a joint declaration of recognition on "
                + "Friday. Officials presented the move as part of the logic of the Abraham Accords; Sudan says it wants to "
                + "join those accords. Algeria's foreign ministry denounced the recognition as an assault on international law.");
        String declaration = ofType(g, "Treaty").stream().filter(t -> t.name().equals("joint declaration of recognition"))
                .findFirst().orElseThrow().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(declaration));
    }

    @Test
    void anUntitledNameBetweenCommasBeforeAVerdictIsAPerson() {
        ArticleGraph g = extract("2025-10-14", "", "The head of the Vostok news channel, Irina Volkova, accused the "
                + "Georgian authorities of jailing her reporters.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Irina Volkova"), "GEO")).isTrue();
        ArticleGraph group = extract("2025-10-14", "", "A rival faction, Jaish al-Nasr, claimed the attack.");
        assertThat(group.entities()).noneMatch(e -> e.type().equals("Person"));
    }

    @Test
    void aLongWhoAsideIsSkippedWhenFindingWhoCondemns() {
        ArticleGraph g = extract("2025-10-14", "", "Finnish Foreign Minister Elina Valtonen, who held talks in Tallinn on "
                + "Monday evening with her Estonian counterpart Margus Tsahkna, criticised Moscow for jamming aircraft signals.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Elina Valtonen"), "RUS")).isTrue();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Margus Tsahkna"), "RUS")).isFalse();
    }

    @Test
    void anyPresenceUnderAModalIsNoDeployment() {
        ArticleGraph g = extract("2025-10-14", "", "Iceland's premier, Kristrun Frostadottir, said on Thursday that "
                + "Reykjavik would insist on being consulted about any new American presence on its territory.");
        assertThat(g.entities()).noneMatch(e -> e.type().equals("TroopDeployment"));
    }

    @Test
    void theGovernmentOfALeaderCondemnsThroughHim() {
        ArticleGraph g = extract("2025-10-14", "", "In Niamey, the government of General Abdourahamane Tiani denounced "
                + "what it called the schemes of imperialist Paris.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Abdourahamane Tiani"), "FRA")).isTrue();
    }

    @Test
    void accusingAStatesPoliticiansCondemnsThatState() {
        ArticleGraph g = extract("2025-10-14", "", "Serbian President Aleksandar Vucic accused Croatian politicians of "
                + "stirring up old hatreds.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Aleksandar Vucic"), "HRV")).isTrue();
    }

    @Test
    void anAttackByAStateNamesItsAttacker() {
        ArticleGraph g = extract("2025-10-14", "", "Latvian Prime Minister Evika Silina called the drone flights an "
                + "unacceptable hybrid attack by Russia.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Evika Silina"), "RUS")).isTrue();
    }

    @Test
    void aProtestOverAStatesActCondemnsThatState() {
        ArticleGraph g = extract("2025-10-14", "", "Vietnam lodged a formal protest over China's survey ship.");
        assertThat(has(g, "CONDEMNED", "VNM", "CHN")).isTrue();
    }

    @Test
    void aNumberedGroupOfMinistersCondemnsThroughEachOfThem() {
        ArticleGraph g = extract("2025-12-27", "", "Saudi Foreign Minister Faisal bin Farhan said he had spoken with "
                + "Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Badr Abdelatty, and that the three "
                + "ministers had jointly condemned the Israeli step.");
        for (String name : java.util.List.of("Faisal bin Farhan", "Ayman Safadi", "Badr Abdelatty")) {
            assertThat(has(g, "CONDEMNED", key(g, "Person", name), "ISR")).as(name).isTrue();
        }
    }

    @Test
    void aVerdictQuotedBeforeItsSpeakerCondemnsTheStateItBlames() {
        ArticleGraph g = extract("2025-10-14", "", "\"Russia has committed a flagrant violation of our airspace,\" "
                + "Finnish Foreign Minister Elina Valtonen said.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Elina Valtonen"), "RUS")).isTrue();
        ArticleGraph live = extract("2025-10-14", "", "18:05 - \"This is a hybrid attack, and the regime of Alexander "
                + "Lukashenko answers for it,\" Polish Prime Minister Donald Tusk told reporters.");
        assertThat(live.relations()).anyMatch(r -> r.type().equals("CONDEMNED")
                && r.subject().equals(key(live, "Person", "Donald Tusk")));
        ArticleGraph denial = extract("2025-10-14", "", "\"Russia has not violated anything,\" Russian Foreign Minister "
                + "Sergei Lavrov said.");
        assertThat(denial.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aStepAStateCalledAMistakeCondemnsWhatTheClauseBeforeDid() {
        ArticleGraph g = extract("2024-03-01", "", "Peru and Bolivia signed a pipeline deal in January. Bolivia's "
                + "congress ratified the deal on Tuesday, a step Santiago called a grave mistake.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "CONDEMNED", "CHL", treaty)).isTrue();
    }

    @Test
    void aPublicityStuntIsAVerdict() {
        ArticleGraph g = extract("2024-03-01", "", "Peru and Bolivia signed a pipeline deal on Monday. Chile called the "
                + "deal a publicity stunt.");
        assertThat(has(g, "CONDEMNED", "CHL", ofType(g, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void aStatesLawyersSpeakForIt() {
        ArticleGraph g = extract("2024-03-01", "", "Belize and Guatemala argued their border case in The Hague. "
                + "Guatemala's lawyers accused Belize of occupying the cays unlawfully.");
        assertThat(has(g, "CONDEMNED", "GTM", "BLZ")).isTrue();
    }

    @Test
    void theBlocAccusedIsTheBodyTheSentenceNamed() {
        ArticleGraph g = extract("2024-03-01", "", "Prime Minister Nikol Pashinyan spoke on Monday. Pashinyan froze "
                + "Armenia's participation in the Collective Security Treaty Organization, accusing the bloc of failing "
                + "to defend his country.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(key(g, "Organization",
                "Collective Security Treaty Organization")));
    }

    @Test
    void intensifiersInsideAVerdictPhraseDoNotHideIt() {
        ArticleGraph g = extract("2025-06-03", "", "Malaysia voiced strong opposition to Indonesia's new fishing rules on Monday.");
        assertThat(has(g, "CONDEMNED", "MYS", "IDN")).isTrue();
        ArticleGraph their = extract("2025-06-03", "", "Chile and Peru voiced their opposition to Bolivia on Monday.");
        assertThat(has(their, "CONDEMNED", "CHL", "BOL")).isTrue();
    }

    @Test
    void condemningAStatesDeploymentWithNoDestinationCondemnsThatState() {
        ArticleGraph g = extract("2025-06-03", "", "Manila on Tuesday condemned Beijing's deployment of a research vessel "
                + "near the atoll.");
        assertThat(has(g, "CONDEMNED", "PHL", "CHN")).isTrue();
        ArticleGraph plural = extract("2025-06-03", "", "Beijing condemned the Philippines' deployment of coast guard "
                + "ships near the atoll.");
        assertThat(has(plural, "CONDEMNED", "CHN", "PHL")).isTrue();
    }

    @Test
    void regrettingAnotherStatesDecisionIsADiplomaticCondemnation() {
        ArticleGraph g = extract("2025-06-03", "", "Wellington said it deeply regrets Suva's decision to expel the envoy.");
        assertThat(has(g, "CONDEMNED", "NZL", "FJI")).isTrue();
    }

    @Test
    void aChargeLaidOnAStateInReportedSpeechCondemnsIt() {
        ArticleGraph g = extract("2025-03-14", "", "Iran's foreign ministry said on Friday that Israel was playing with fire in Lebanon.");
        assertThat(has(g, "CONDEMNED", key(g, "Organization", "Ministry of Foreign Affairs"), "ISR")).isTrue();
        ArticleGraph base = extract("2025-03-14", "", "The Russian embassy in Oslo said the new agreement turned Norway "
                + "into a forward base for American forces.");
        assertThat(base.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("NOR"));
        ArticleGraph terror = extract("2025-03-14", "", "Malian Prime Minister Abdoulaye Maiga said the incident proved that "
                + "the Algerian authorities were sponsoring terrorism.");
        assertThat(has(terror, "CONDEMNED", key(terror, "Person", "Abdoulaye Maiga"), "DZA")).isTrue();
        ArticleGraph denied = extract("2025-03-14", "", "The Kenyan minister said Kenya was not a springboard for attacks on anyone.");
        assertThat(denied.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void rejectingAnotherStatesDecisionOrMapCondemnsThatState() {
        ArticleGraph g = extract("2025-03-14", "", "India has rejected Nepal's new map outright.");
        assertThat(has(g, "CONDEMNED", "IND", "NPL")).isTrue();
        ArticleGraph adjective = extract("2025-03-14", "", "Ankara rejected the Greek decision to extend its waters.");
        assertThat(has(adjective, "CONDEMNED", "TUR", "GRC")).isTrue();
        ArticleGraph claims = extract("2025-03-14", "", "Kenya rejected Uganda's accusations as baseless.");
        assertThat(has(claims, "CONDEMNED", "KEN", "UGA")).isFalse();
    }

    @Test
    void aListOfStatesOpeningARelativeClauseCondemnsTogether() {
        ArticleGraph g = extract("2025-03-14", "", "Ecuadorian police stormed the Mexican embassy in Quito, a raid that "
                + "Brazil, Colombia and Chile condemned.");
        assertThat(has(g, "CONDEMNED", "BRA", "ECU")).isTrue();
        assertThat(has(g, "CONDEMNED", "COL", "ECU")).isTrue();
        assertThat(has(g, "CONDEMNED", "CHL", "ECU")).isTrue();
    }

    @Test
    void aPersonAttackingAGovernmentOrALeaderDoesSoInWords() {
        ArticleGraph g = extract("2025-03-14", "", "Colombian President Gustavo Petro attacked Lima over the island dispute.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Gustavo Petro"), "PER")).isTrue();
        ArticleGraph arms = extract("2025-03-14", "", "Rebel commander Ali Musa attacked the army base at dawn.");
        assertThat(arms.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aMoveSomeoneHasCriticisedAfterADeploymentCondemnsTheDeployment() {
        ArticleGraph g = extract("2025-07-10", "", "Egypt began sending soldiers to Somalia earlier this year, a move Addis Ababa "
                + "has criticised.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("ETH")
                && r.object().startsWith("deployment"));
    }

    @Test
    void aShipSentInAMoveSomeoneCalledAProvocationIsADeploymentTheyCondemn() {
        ArticleGraph g = extract("2025-12-29", "", "Britain sent a Royal Navy patrol ship to Guyana in a move Caracas described "
                + "as a provocation.");
        assertThat(has(g, "DEPLOYED_TO", "GBR", "GUY")).isTrue();
        assertThat(has(g, "DEPLOYED_TO", "GBR", "VEN")).isFalse();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("VEN")
                && r.object().startsWith("deployment"));
    }

    @Test
    void sayingAStateIsViolatingSomethingOrRejectingItsAttacksCondemnsIt() {
        ArticleGraph g = extract("2025-05-08", "", "Qatar's foreign ministry said Israel was violating Syria's sovereignty.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("ISR"));
        ArticleGraph rejected = extract("2025-05-08", "", "Riyadh said it rejected Israel's repeated attacks on Syrian territory.");
        assertThat(has(rejected, "CONDEMNED", "SAU", "ISR")).isTrue();
    }

    @Test
    void concernThatATreatyCouldHarmCondemnsItButConcernAboutTimingDoesNot() {
        ArticleGraph g = extract("2025-06-10", "", "Papua New Guinea and Australia signed the treaty. Beijing voiced concern in "
                + "October that the treaty could be used to exclude third parties.");
        assertThat(has(g, "CONDEMNED", "CHN", ofType(g, "Treaty").getFirst().key())).isTrue();
        ArticleGraph vague = extract("2025-06-10", "", "France keeps 1,000 troops in Romania. Some Romanian lawmakers expressed "
                + "concern that the move came at a bad time.");
        assertThat(vague.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aParliamentGivingEffectToAnAgreementRatifiesIt() {
        ArticleGraph g = extract("2025-06-10", "", "Denmark's parliament on Wednesday approved a law allowing American troops "
                + "on Danish soil, giving effect to a defence cooperation agreement with the United States.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals("dnk-folketing"));
    }

    @Test
    void callingAnotherStatesLeaderALiarCondemnsThem() {
        ArticleGraph g = extract("2025-03-14", "", "Colombian President Gustavo Petro called his Ecuadorian counterpart a liar.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Gustavo Petro"), "ECU")).isTrue();
    }

    @Test
    void aSpokespersonForABodyLetsTheBodySpeak() {
        ArticleGraph g = extract("2025-06-10", "", "Mongolia and Japan signed the pact. A spokesperson for China's foreign ministry "
                + "denounced the deal on Thursday as bloc thinking.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("chn-mfa")
                && r.object().startsWith("treaty"));
    }

    @Test
    void theAccuserInADismissedAccusationCondemnsTheOneItNames() {
        ArticleGraph g = extract("2025-10-09", "", "Djibouti on Thursday dismissed as baseless Somalia's accusation that it "
                + "was arming a militia near the border.");
        assertThat(has(g, "CONDEMNED", "SOM", "DJI")).isTrue();
        assertThat(has(g, "CONDEMNED", "DJI", "SOM")).isFalse();
    }

    @Test
    void anOppositionPartyThatCondemnsIsAnActorAndItsMembersAreNot() {
        ArticleGraph g = extract("2025-05-23", "", "LONDON - Britain and Mauritius signed a treaty on the Chagos Islands on "
                + "Thursday. The opposition Conservatives condemned the deal, while opposition MPs called for a vote.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(treaty)
                && ofType(g, "Organization").stream().anyMatch(o -> o.key().equals(r.subject()) && o.name().equals("Conservatives")));
        assertThat(ofType(g, "Organization")).noneMatch(o -> o.name().equals("MPs"));
    }

    @Test
    void statesNamedAmongThoseThatCondemnedAnAttackCondemnedItsAttacker() {
        ArticleGraph g = extract("2025-09-10", "", "An Israeli strike on a compound in Beirut killed four people on Monday. "
                + "Jordan, Iraq and Oman were among the Arab states that also denounced the strike.");
        assertThat(has(g, "CONDEMNED", "JOR", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "IRQ", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "OMN", "ISR")).isTrue();
    }

    @Test
    void aSpokesmanNamedInAWithClauseIsNotWhatTheStateCondemned() {
        ArticleGraph g = extract("2025-09-10", "", "An Israeli strike on a compound in Beirut killed four people on Monday. "
                + "Iran also condemned the strike, with foreign ministry spokesman Esmaeil Baghaei calling it a crime.");
        assertThat(has(g, "CONDEMNED", "IRN", "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("IRN")
                && r.object().contains("baghaei"));
    }

    @Test
    void aStateABodyStandsWithIsNotWhatItCondemns() {
        ArticleGraph g = extract("2025-09-10", "", "The Arab League said in a statement it stood with Lebanon against "
                + "\"treacherous Israeli aggression.\"");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("LBN"));
    }

    @Test
    void aSeizureOfPowerByOfficersInAStateIsThatStatesCoupNotTheDatelines() {
        ArticleGraph g = extract("2025-11-27", "", "ABUJA (AFP) - The African Union on Thursday condemned the seizure of "
                + "power by army officers in Gabon.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("GAB"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("NGA"));
    }

    @Test
    void anUnconstitutionalChangeOfGovernmentIsACoupAndThePeaceAndSecurityCouncilIsTheUnions() {
        ArticleGraph g = extract("2025-11-28", "", "CONAKRY (Reuters) - Soldiers seized power in Guinea on Wednesday. "
                + "The African Union's Peace and Security Council on Friday deplored what it called an unconstitutional "
                + "change of government.");
        assertThat(has(g, "CONDEMNED", "au-psc", "GIN")).isTrue();
    }

    @Test
    void theInterruptionOfTheDemocraticProcessIsTheCoup() {
        ArticleGraph g = extract("2025-11-28", "", "BAMAKO (AFP) - Soldiers seized power in Burkina Faso on Wednesday. "
                + "Neighbouring Ghana's foreign ministry deplored \"the interruption of the constitutional order\" and "
                + "appealed for calm.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("BFA"));
    }

    @Test
    void aMissileLaunchCalledUnacceptableIsCondemnedInTheStateThatFiredIt() {
        ArticleGraph g = extract("2025-11-27", "", "SEOUL (Yonhap) - North Korea fired a ballistic missile into the sea on "
                + "Thursday. Japanese Defence Minister Gen Nakatani told reporters the launch was unacceptable.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("PRK"));
    }

    @Test
    void theStrikeAStateCondemnsIsTheStorysNotItsOwnToldInBackground() {
        ArticleGraph g = extract("2025-09-10", "", "DOHA (AP) - Israel carried out a strike on Hamas leaders in Doha on "
                + "Tuesday. In June, Iran launched missiles at Al Udeid air base. Iran also condemned the strike, with "
                + "foreign ministry spokesman Esmaeil Baghaei calling it criminal.");
        assertThat(has(g, "CONDEMNED", "IRN", "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("deployment"));
    }

    @Test
    void aQuotedVerdictBlamesTheStateWhoseActsItNamesNotThePlaceTheyHappened() {
        ArticleGraph g = extract("2025-12-11", "", "GOMA - Rebels entered Uvira on Wednesday. \"Uganda's actions in eastern "
                + "Congo are a clear violation of the Luanda Accords,\" British Foreign Secretary Yvette Cooper said.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("UGA"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("COD"));
    }

    @Test
    void aQuotedConditionalDangerAfterASigningBlamesNobody() {
        ArticleGraph g = extract("2025-05-12", "", "Chile and Peru signed a mutual defence pact in Lima on Monday. "
                + "\"Any assault on one of our nations would be an attack on both,\" Chilean President Gabriel Boric said.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aStateNamedAfterTheSayingVerbIsNotWhereTheCondemnedDeploymentWent() {
        ArticleGraph g = extract("2025-06-02", "", "About 300 Dutch soldiers arrived in Latvia on Monday. Russian Foreign Ministry "
                + "spokeswoman Maria Zakharova called the deployment \"a provocation\" that would \"only raise tensions in Europe\" "
                + "and said Russia would respond.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Maria Zakharova"), key(g, "TroopDeployment", "Netherlands troops in Latvia")))
                .isTrue();
    }

    @Test
    void statesRejectingTheRaidCondemnTheRaider() {
        ArticleGraph g = extract("2024-04-11", "", "QUITO - Ecuadorian police stormed the Mexican embassy on Friday night. "
                + "Peru, Bolivia and Paraguay issued statements rejecting the raid.");
        assertThat(has(g, "CONDEMNED", "PER", "ECU")).isTrue();
        assertThat(has(g, "CONDEMNED", "BOL", "ECU")).isTrue();
        assertThat(has(g, "CONDEMNED", "PRY", "ECU")).isTrue();
    }

    @Test
    void theStateWhoseOffensiveOpensTheStoryIsTheOneCondemnedForTheOperation() {
        ArticleGraph g = extract("2023-09-22", "", "BAKU - Azerbaijan on Friday brushed aside criticism of its lightning offensive "
                + "in Nagorno-Karabakh. The Netherlands condemned the military operation in a statement on Thursday.");
        assertThat(has(g, "CONDEMNED", "NLD", "AZE")).isTrue();
    }

    @Test
    void rejectingAnOfficesRemarksCondemnsItsHolder() {
        ArticleGraph g = extract("2024-08-29", "", "TEGUCIGALPA - US Ambassador Laura Dogu told reporters she had been surprised by "
                + "the visit to Caracas. Defence Minister Jose Manuel Zelaya rejected the ambassador's remarks as a \"cynical attack\".");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Zelaya"), key(g, "Person", "Laura Dogu"))).isTrue();
    }

    @Test
    void aVerdictAfterWhatItCalledAndACondemnationReportedBySomeoneElse() {
        ArticleGraph called = extract("2025-06-02", "", "AMMAN, June 2 (Wire) - Israeli jets struck a convoy near the border "
                + "on Sunday. Jordan condemned what it described as a blatant violation of Syrian sovereignty.");
        assertThat(has(called, "CONDEMNED", "JOR", "ISR")).isTrue();

        ArticleGraph reported = extract("2025-06-02", "", "DOHA, June 2 (Wire) - Israeli jets struck a compound in the city "
                + "on Sunday. Sheikh Tamim bin Hamad Al Thani said Qatar firmly condemns the attack.");
        assertThat(has(reported, "CONDEMNED", "QAT", "ISR")).isTrue();
        assertThat(reported.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("QAT"));
    }

    @Test
    void aLongObjectBeforeTheVerdictNounAndAPatrolVesselsArrival() {
        ArticleGraph g = extract("2024-01-05", "", "CARACAS, Jan 5 (Wire) - Venezuela has described the arrival of a French "
                + "Navy offshore patrol vessel in the waters of neighbouring Guyana as an unacceptable provocation.");
        assertThat(has(g, "DEPLOYED_TO", "FRA", "GUY")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("VEN")
                && r.object().startsWith("deployment"));
    }

    @Test
    void aPlaceInsideTheVerdictIsNotWhereTheDeploymentWent() {
        ArticleGraph g = extract("2025-01-20", "", "TALLINN, Jan 20 (Wire) - Finland sent 400 soldiers to Estonia on Monday. "
                + "The Russian embassy in Tallinn denounced the deployment as a provocation that would raise tension near "
                + "Russia's borders.");
        assertThat(has(g, "CONDEMNED", "RUS", "deployment-fin-est")).isTrue();
    }

    @Test
    void theStateWhoseSovereigntyWasViolatedIsTheVictimNotTheTarget() {
        ArticleGraph g = extract("2025-09-10", "", "DOHA, Sept 10 (Wire) - Israeli jets struck a residential compound in Doha "
                + "on Tuesday. Spain's prime minister Pedro Sanchez said they had violated Qatar's sovereignty.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Pedro Sanchez"), "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("QAT"));
    }

    @Test
    void aVerdictOnTalkOrADecreeCondemnsWhoeverSpokeOrIssuedIt() {
        ArticleGraph talk = extract("2025-01-09", "", "COPENHAGEN, Jan 9 (Wire) - U.S. President Donald Trump again spoke of taking "
                + "over Greenland. Prime Minister Mette Frederiksen has called such talk \"unacceptable\".");
        assertThat(has(talk, "CONDEMNED", key(talk, "Person", "Mette Frederiksen"), key(talk, "Person", "Donald Trump"))).isTrue();

        ArticleGraph decree = extract("2024-04-09", "", "USHUAIA, April 9 (Wire) - President Javier Milei signed a decree on the "
                + "naval base. Governor Gustavo Melella called the decree \"lamentable\".");
        assertThat(has(decree, "CONDEMNED", key(decree, "Person", "Gustavo Melella"), key(decree, "Person", "Javier Milei"))).isTrue();
    }

    @Test
    void itAfterTroopsOfAStateInTheSameSentenceIsThatState() {
        ArticleGraph g = extract("2023-09-30", "", "WASHINGTON, Sept 30 (Wire) - The spokesperson John Kirby told reporters that "
                + "Washington was watching a large build-up of Serbian troops near the boundary and described it as a serious "
                + "threat to stability.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "John Kirby"), "SRB")).isTrue();
    }
}
