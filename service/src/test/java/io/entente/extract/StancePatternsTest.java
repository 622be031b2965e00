package io.entente.extract;

import org.junit.jupiter.api.Test;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** Condemnations, denials and claims phrased the way wire stories phrase them, in our own words. */
class StancePatternsTest {

    @Test
    void theCountryOwningTheCondemnedActIsTheTargetNotThePlaceItHappened() {
        ArticleGraph g = extract("2024-04-02", "Iran condemns strike on Damascus consulate",
                "DUBAI - Iran's foreign ministry strongly condemned an Israeli air strike on its consulate in Damascus.");
        String ministry = key(g, "Organization", "Ministry of Foreign Affairs");
        assertThat(has(g, "CONDEMNED", ministry, "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("SYR"));
    }

    @Test
    void aSpeakerCallingTheReportsASmearDeniesThem() {
        ArticleGraph g = extract("2024-03-20", "", "U.S. Defense Secretary Lloyd Austin said North Korea had sent thousands "
                + "of troops to Russia. North Korea's state news agency KCNA said the reports were a smear campaign.");
        String d = key(g, "TroopDeployment", "North Korea");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.object().equals(d)
                && (r.subject().equals("PRK") || r.subject().contains("kcna")));
        assertThat(has(g, "REPORTED", key(g, "Person", "Austin"), d)).isTrue();
    }

    @Test
    void saidItWasAThreatIsACondemnationButNotWhenNegated() {
        ArticleGraph g = extract("2023-06-14", "", "Russia has deployed 500 troops to Belarus. "
                + "Poland's government said the deployment was a threat to regional security.");
        assertThat(has(g, "CONDEMNED", "POL", key(g, "TroopDeployment", "Russia"))).isTrue();
        ArticleGraph not = extract("2023-06-14", "", "Russia has deployed 500 troops to Belarus. "
                + "Poland's government said the deployment was not a threat.");
        assertThat(not.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aQualifiedGovernmentDeniesAndTheCountryAfterInIsTheLatestOne() {
        ArticleGraph g = extract("2023-12-22", "", "About 1,000 Wagner fighters have been deployed in Mali, U.S. officials "
                + "said on Friday.\n\nMali's transitional government denied that Wagner mercenaries were operating in the country.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "MLI")).isTrue();
        String d = key(g, "TroopDeployment", "Russia");
        assertThat(has(g, "REPORTED", "USA", d)).isTrue();
        assertThat(has(g, "DENIED", "MLI", d)).isTrue();
    }

    @Test
    void aBareMinistryLaterInTheStoryIsTheOneAlreadyNamed() {
        ArticleGraph g = extract("2024-04-02", "", "Iran's foreign ministry condemned the strike by Israel. "
                + "Foreign Ministry spokesman Nasser Kanaani called it a violation of international law.");
        assertThat(ofType(g, "Organization")).hasSize(1);
        String ministry = ofType(g, "Organization").getFirst().key();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "Kanaani"), ministry)).isTrue();
    }

    @Test
    void passiveSigningByTwoNamedOfficialsGivesBothTheSigningDate() {
        ArticleGraph g = extract("2024-07-08", "", "The Philippines and Japan signed a defence pact on Monday. "
                + "The Reciprocal Access Agreement was signed by Philippine Defence Secretary Gilberto Teodoro and "
                + "Japanese Foreign Minister Yoko Kamikawa at the presidential palace.");
        String t = ofType(g, "Treaty").getFirst().key();
        for (String who : new String[] {"Teodoro", "Kamikawa"}) {
            assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", who))
                    && r.object().equals(t) && "2024-07-08".equals(r.date()));
        }
    }

    @Test
    void accusingACountryOfSomethingCondemnsIt() {
        ArticleGraph g = extract("2024-01-10", "", "Russian Foreign Ministry spokeswoman Maria Zakharova accused Berlin of "
                + "dragging Moldova into a confrontation with Russia.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("DEU"));
        ArticleGraph not = extract("2024-01-10", "", "Moscow has not accused Berlin of anything.");
        assertThat(not.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aSpeakerCallingTheEventASeriousBlowOrBeingDisappointedCondemnsIt() {
        ArticleGraph g = extract("2023-09-16", "", "Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday. "
                + "ECOWAS said it was \"a serious blow to regional integration\". "
                + "Australia said it was \"deeply disappointed\" by the signing.");
        String pact = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(pact)
                && r.subject().contains("ecowas"));
        assertThat(has(g, "CONDEMNED", "AUS", pact)).isTrue();
    }

    @Test
    void weaponsStationedOnACountrysTerritoryAreADeploymentThatTwoClausesCondemn() {
        ArticleGraph g = extract("2023-05-25", "", "Russia and Belarus signed documents on the deployment of Russian "
                + "tactical nuclear weapons on Belarusian territory. The United States condemned the move, and "
                + "Lithuania called it a threat to European security.");
        assertThat(has(g, "DEPLOYED_TO", "RUS", "BLR")).isTrue();
        String d = key(g, "TroopDeployment", "Russia");
        assertThat(has(g, "CONDEMNED", "USA", d)).isTrue();
        assertThat(has(g, "CONDEMNED", "LTU", d)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("LTU"));
    }

    @Test
    void denyingTroopsOnItsTerritoryDeniesADeploymentToTheSpeaker() {
        ArticleGraph g = extract("2021-10-28", "", "Tajikistan's foreign ministry denied reports that Chinese troops were "
                + "stationed on its territory. The Chinese embassy also dismissed the reports as fabricated.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        String d = key(g, "TroopDeployment", "China");
        assertThat(has(g, "DENIED", "CHN", d)).isTrue();
        assertThat(g.relations()).filteredOn(r -> r.type().equals("DENIED")).hasSize(2);
    }

    @Test
    void aDenialAndTheReportItAnswersInOneSentenceAreBothKept() {
        ArticleGraph g = extract("2024-10-18", "", "Moscow has denied sending troops to Niger, after French officials said "
                + "some 100 Russian soldiers had arrived in Niamey.");
        String d = key(g, "TroopDeployment", "Russia");
        assertThat(has(g, "DENIED", "RUS", d)).isTrue();
        assertThat(has(g, "REPORTED", "FRA", d)).isTrue();
    }

    @Test
    void aCapitalLashedOutAtIsTheTargetNotAVenue() {
        ArticleGraph g = extract("2025-06-15", "", "Beijing lashed out at Manila on Tuesday after the collision.");
        assertThat(has(g, "CONDEMNED", "CHN", "PHL")).isTrue();
    }

    @Test
    void deepRegretOverAnotherStatesClaimIsACondemnation() {
        ArticleGraph g = extract("2025-06-15", "", "South Korea expressed deep regret over Japan's renewed territorial claim.");
        assertThat(has(g, "CONDEMNED", "KOR", "JPN")).isTrue();
    }

    @Test
    void condemningThoseThreatsCondemnsWhoeverMadeThem() {
        ArticleGraph g = extract("2025-06-15", "", "Israeli Prime Minister Benjamin Netanyahu warned that Lebanon could be "
                + "struck again, and Lebanese President Joseph Aoun condemned those threats as a violation of the truce.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Joseph Aoun"), key(g, "Person", "Benjamin Netanyahu"))).isTrue();
    }

    @Test
    void anEmbassyHittingBackAndAccusingAStateCondemnsIt() {
        ArticleGraph g = extract("2025-06-15", "", "The Russian embassy in Oslo hit back in a statement, accusing Norway of "
                + "spreading lies.");
        assertThat(has(g, "CONDEMNED", "RUS", "NOR")).isTrue();
    }

    @Test
    void anAccusationJoinedToWhatAnOfficialSaidIsTheOfficials() {
        ArticleGraph g = extract("2025-06-15", "", "Foreign Secretary Vikram Misri said the attack had cross-border links "
                + "and accused Pakistan of backing militant groups.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Vikram Misri"), "PAK")).isTrue();
    }

    @Test
    void rejectingThatAccountDeniesTheDeploymentJustReported() {
        ArticleGraph g = extract("2025-06-15", "", "DUSHANBE - Tajik officials spoke. Dushanbe says Kyrgyz troops still occupy "
                + "about 30 square kilometres of Tajik land. Kyrgyz Foreign Minister Jeenbek Kulubaev rejected that account.");
        String deployment = ofType(g, "TroopDeployment").getFirst().key();
        assertThat(has(g, "DENIED", key(g, "Person", "Jeenbek Kulubaev"), deployment)).isTrue();
    }

    @Test
    void condemningACoupTargetsTheStateWherePowerWasSeized() {
        ArticleGraph g = extract("2025-12-02", "", "NIAMEY, Dec 2 (Test Wire) - Army officers seized power in Niger on Wednesday. "
                + "The African Union condemned the coup in the strongest terms. Nigerian Foreign Minister Yusuf Tuggar called "
                + "the takeover an assault on the will of the people.");
        assertThat(has(g, "CONDEMNED", key(g, "Organization", "African Union"), "NER")).isTrue();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Yusuf Tuggar"), "NER")).isTrue();
    }

    @Test
    void aVerbJoinedToTheSpeakersSayingIsNotAlsoTheInnerSubjects() {
        ArticleGraph g = extract("2025-03-02", "", "SEOUL, March 2 (Test Wire) - South Korea and the United States signed a troop cost deal. "
                + "North Korea's state news agency KCNA said on Sunday that the deal proved the South was a puppet and described "
                + "the American troops as a provocation.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals(key(g, "Organization", "KCNA")));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("KOR"));
    }

    @Test
    void blamingAStateAndAccusingItOfSomethingCondemnIt() {
        ArticleGraph g = extract("2019-11-06", "", "RIYADH, Nov 6 (Test Wire) - Rebels claimed the drone attacks on the refinery, "
                + "but London and Paris blamed Iran, accusing it of planning the strike itself. Ankara later accused it of "
                + "arming the rebels.");
        assertThat(has(g, "CONDEMNED", "GBR", "IRN")).isTrue();
        assertThat(has(g, "CONDEMNED", "FRA", "IRN")).isTrue();
    }

    @Test
    void aJuntaNamedWithItsStateIsThatStatesActor() {
        ArticleGraph g = extract("2022-01-27", "", "BAMAKO, Jan 27 (Test Wire) - French Foreign Minister Jean-Yves Le Drian called "
                + "Mali's junta illegitimate.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Jean-Yves Le Drian"), "MLI")).isTrue();
    }

    @Test
    void accusationsWithAsidesSeveralAccusedAndPronouns() {
        ArticleGraph g = extract("2020-09-30", "", "YEREVAN, Sept 30 (Test Wire) - Prime Minister Nikol Pashinyan accused Turkey in a "
                + "televised address of joining the war. Belarusian Defence Minister Viktor Khrenin accused the leadership of Poland "
                + "and of Lithuania of stoking tension. Interior Minister Agne Bilotaite has accused President Alexander "
                + "Lukashenko's government of flying migrants to Minsk. Peru's Congress backed a motion against Colombian "
                + "President Gustavo Petro, accusing him of trampling on Peru's sovereignty.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Nikol Pashinyan"), "TUR")).isTrue();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Viktor Khrenin"), "POL")).isTrue();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Viktor Khrenin"), "LTU")).isTrue();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Agne Bilotaite"), key(g, "Person", "Alexander Lukashenko"))).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(key(g, "Person", "Gustavo Petro")));
    }

    @Test
    void recallingOrSummoningEnvoysProtestsAgainstTheirState() {
        ArticleGraph g = extract("2021-08-11", "", "VILNIUS, Aug 11 (Test Wire) - China has recalled its ambassador to Lithuania. "
                + "Kenya summoned the Ugandan envoy on Monday. Poland expelled Russian diplomats. Chile has no plan to recall "
                + "its ambassador from Peru.");
        assertThat(has(g, "CONDEMNED", "CHN", "LTU")).isTrue();
        assertThat(has(g, "CONDEMNED", "KEN", "UGA")).isTrue();
        assertThat(has(g, "CONDEMNED", "POL", "RUS")).isTrue();
        assertThat(has(g, "CONDEMNED", "CHL", "PER")).isFalse();
    }

    @Test
    void condemningAStrikeTargetsWhoeverFiredIt() {
        ArticleGraph g = extract("2024-01-17", "", "ISLAMABAD, Jan 17 (Test Wire) - Iran's Revolutionary Guards fired missiles and "
                + "drones at bases near Panjgur in Pakistan. Pakistan strongly condemned the strike as an unprovoked breach of its "
                + "airspace. Iraq denounced the Guards' missile attack on Erbil.");
        assertThat(has(g, "CONDEMNED", "PAK", "IRN")).isTrue();
        assertThat(has(g, "CONDEMNED", "IRQ", "IRN")).isTrue();
    }

    @Test
    void callingTheFlightsAProvocationCondemnsTheDeploymentTheyBrought() {
        ArticleGraph g = extract("2019-03-28", "", "CARACAS, March 28 (Test Wire) - About a hundred Russian servicemen landed in "
                + "Caracas on Saturday. Vice President Mike Pence called the flights an unwelcome provocation. Days earlier, the "
                + "Cuban news agency had denounced joint drills by the United States and Colombia.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals(key(g, "Person", "Mike Pence"))
                && r.object().startsWith("deployment-rus-ven"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("deployment-rus")
                && !r.subject().equals(key(g, "Person", "Mike Pence")));
    }

    @Test
    void condemningAStatesDecisionOrSupportCondemnsThatState() {
        ArticleGraph g = extract("2023-12-29", "", "CARACAS, Dec 29 (Test Wire) - President Nicolas Maduro denounced Britain's decision "
                + "to send a navy patrol ship to Guyana as a threat. Mali cut ties with Ukraine and condemned what it called "
                + "Ukraine's support for terrorism.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Nicolas Maduro"), "GBR")).isTrue();
        assertThat(has(g, "CONDEMNED", "MLI", "UKR")).isTrue();
    }

    @Test
    void sternProtestsAndVassalTalkCondemn() {
        ArticleGraph g = extract("2024-12-21", "", "BEIJING, Dec 21 (Test Wire) - China said it had lodged stern protests with "
                + "Washington over the arms sale. Venezuelan President Nicolas Maduro described Guyana's government as a vassal of "
                + "Washington.");
        assertThat(has(g, "CONDEMNED", "CHN", "USA")).isTrue();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Nicolas Maduro"), "GUY")).isTrue();
    }

    @Test
    void theJuntaIsTheStateWherePowerWasSeized() {
        ArticleGraph g = extract("2022-01-27", "", "DAKAR, Jan 27 (Test Wire) - Colonels seized power in Mali in 2020. French Foreign "
                + "Minister Jean-Yves Le Drian called the junta illegitimate.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Jean-Yves Le Drian"), "MLI")).isTrue();
    }

    @Test
    void condemningAStateAndItsLeaderInOneStoryIsOneCondemnation() {
        ArticleGraph g = extract("2025-10-28", "", "PORT OF SPAIN, Oct 28 (Test Wire) - Venezuelan President Nicolas Maduro suspended "
                + "an energy deal with Trinidad and Tobago, accusing the island nation's government of serving Washington. He "
                + "described Prime Minister Kamla Persad-Bissessar of Trinidad and Tobago as a vassal.");
        String maduro = key(g, "Person", "Nicolas Maduro");
        assertThat(has(g, "CONDEMNED", maduro, "TTO")).isTrue();
        assertThat(g.relations().stream().filter(r -> r.type().equals("CONDEMNED") && r.subject().equals(maduro))).hasSize(1);
    }

    @Test
    void anAccusedStateBesideAnUnknownGroupIsStillAccused() {
        ArticleGraph g = extract("2024-02-16", "", "KINSHASA, Feb 16 (Test Wire) - Congo accused the Rwandan army and M23 of shelling "
                + "the position.");
        assertThat(has(g, "CONDEMNED", "COD", "RWA")).isTrue();
    }

    @Test
    void dismissingADealAsOccupationCondemnsIt() {
        ArticleGraph g = extract("2019-11-06", "", "RIYADH, Nov 6 (Test Wire) - Yemen's government and the southern separatists signed "
                + "a power-sharing deal on Tuesday. Houthi spokesman Mohammed Abdulsalam dismissed the new deal as a plan to put "
                + "southern Yemen under foreign occupation.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Mohammed Abdulsalam"), treaty)).isTrue();
    }

    @Test
    void aSpokespersonWhoRepeatsThatNoTroopsAreThereDeniesTheDeployment() {
        ArticleGraph g = extract("2025-12-10", "", "Uganda's army spokesman, Felix Kulayigye, repeats that there are \"no Ugandan "
                + "soldiers in Ituri\" and that Kampala only guards its own side of the border.");
        String spokesman = key(g, "Person", "Felix Kulayigye");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals(spokesman)
                && r.object().equals(ofType(g, "TroopDeployment").getFirst().key()));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }

    @Test
    void anAmbiguousAdjectiveIsTheStateTheHeadlineNamesAndEveryAccusedStateIsCondemned() {
        ArticleGraph g = extract("2025-12-10", "Uganda and Congo trade blame over border clashes",
                "Uganda's foreign ministry accuses the Congolese army and South Sudan's forces of shelling villages.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("COD"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("SSD"));
        ArticleGraph untitled = extract("2025-12-10", "Border clashes", "Uganda's foreign ministry accuses the Congolese "
                + "army of shelling villages.");
        assertThat(untitled.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && (r.object().equals("COD")
                || r.object().equals("COG")));
    }

    @Test
    void dismayOrDisappointmentExpressedAtAStatesActCondemnsIt() {
        ArticleGraph g = extract("2026-01-05", "", "Qatar's foreign ministry expressed its dismay at what it called Bahraini "
                + "interference in the talks.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("BHR"));
        ArticleGraph none = extract("2026-01-05", "", "Qatar's foreign ministry expressed its disappointment at the slow "
                + "pace of the talks.");
        assertThat(none.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aStateDismissingTheAccusationDeniesOnlyADeploymentOfItsOwnTroopsOrOnItsSoil() {
        ArticleGraph g = extract("2026-02-06", "", "BAMAKO, Feb 6 (Test Wire) - Turkey said it had deployed 200 soldiers to Mali last "
                + "month. Mali's junta leader blamed Senegal for harbouring the attackers. Senegal dismissed the accusation on "
                + "Friday. Algeria rejected the claims as well, and Mali rejected the claims too.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DENIED") && (r.subject().equals("SEN") || r.subject().equals("DZA")));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("MLI"));
    }

    @Test
    void aChargeTheAccusedStateRejectsIsItsDenial() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "Burundi has sent 2,000 soldiers into eastern Congo, "
                + "a panel of UN investigators said, a charge Gitega has repeatedly rejected.");
        org.assertj.core.api.Assertions.assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("BDI"));
    }

    @Test
    void aStateNamedInsideTheReportedClauseIsNotItsReporter() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "The newspaper reported that Kenya had deployed "
                + "600 soldiers to Haiti.");
        org.assertj.core.api.Assertions.assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED"));
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(g, "DEPLOYED_TO", "KEN", "HTI")).isTrue();
    }

    @Test
    void havingNoInformationIsNeitherAReportNorADenial() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "Belarusian Foreign Ministry spokesman Ruslan "
                + "Varankov said he had no information about Russian troops in Transnistria.");
        org.assertj.core.api.Assertions.assertThat(g.relations()).noneMatch(r -> r.type().equals("REPORTED") || r.type().equals("DENIED"));
    }

    @Test
    void aStatesLedOrBackedGovernmentSpeaksForIt() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "Myanmar's military-led government accused "
                + "Thailand of sheltering rebels.");
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "MMR", "THA")).isTrue();
    }

    @Test
    void aSendingStateTellingOfItsOwnDeploymentIsNoReporterButAThirdPartyIs() {
        ArticleGraph own = extract("2025-03-14", "", "The United States said on Friday it had sent 200 soldiers to Chad.");
        assertThat(own.relations()).noneMatch(r -> r.type().equals("REPORTED") && r.subject().equals("USA"));
        ArticleGraph other = extract("2025-03-14", "", "Sudan said on Friday that Chad had sent 200 soldiers to Libya.");
        assertThat(other.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals("SDN"));
    }

    @Test
    void theAuthorsOfAReportByThemReportWhatItEstimates() {
        ArticleGraph g = extract("2025-03-14", "", "A report by UN experts last year estimated that about 4,000 Rwandan soldiers "
                + "were fighting alongside M23 rebels inside Congo.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals("un-experts"));
    }

    @Test
    void aNewsAgencyNamedAfterItsDescriptionIsAnOutletThatReports() {
        ArticleGraph g = extract("2025-03-14", "", "Turkey has deployed around 600 soldiers to an air base in Syria, Syrian state "
                + "news agency SANA reported on Wednesday.");
        assertThat(g.entities()).anyMatch(e -> e.type().equals("Organization") && e.aliases().contains("SANA"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("REPORTED") && r.subject().equals(key(g, "Organization", "SANA")));
    }

    @Test
    void itInsideReportsAStateDismissesIsThatState() {
        ArticleGraph g = extract("2025-10-09", "", "Pakistan dismissed reports that it had flown thousands of troops into Saudi Arabia.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("PAK")
                && r.object().startsWith("deployment"));
    }

    @Test
    void rejectingAccusationsOfWrongdoingDeniesNoTreaty() {
        ArticleGraph g = extract("2023-06-06", "", "Ghana and Togo signed a fisheries agreement in March. Togolese officials "
                + "have rejected accusations of mistreating fishermen.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DENIED"));
        ArticleGraph reports = extract("2023-06-06", "", "Ghana and Togo signed a fisheries agreement in March. Togolese "
                + "officials have rejected reports that the agreement was signed under pressure.");
        assertThat(reports.relations()).anyMatch(r -> r.type().equals("DENIED") && r.subject().equals("TGO"));
    }

    @Test
    void aPronounAfterAnIncursionIsTheIntruderNotATreatyInvoked() {
        ArticleGraph g = extract("2025-09-20", "", "Latvia summoned Russia's envoy after three Russian fighter jets flew into "
                + "its airspace on Friday. Prime Minister Evika Silina said Latvia was invoking Article 4 of the North Atlantic "
                + "Treaty, under which any ally can request talks. The EU's foreign policy chief, Kaja Kallas, denounced it as "
                + "\"an extremely dangerous provocation\".");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Kaja Kallas"), "RUS")).isTrue();
    }

    @Test
    void aViolationOfATreatyInQuotesIsTheNormNotTheTarget() {
        ArticleGraph g = extract("2024-04-07", "", "Mexico denounced the raid by Ecuador. The United States said it "
                + "\"condemns any violation\" of the Vienna Convention and urged the two governments to talk.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("treaty"));
    }

    @Test
    void aParticipleAsideDoesNotLendItsPlaceAsTheSubject() {
        ArticleGraph g = extract("2023-07-31", "", "The Southern African Development Community (SADC), meeting at a summit "
                + "in the Zambian capital Lusaka, condemned the coup in Madagascar.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("MDG")
                && !r.subject().equals("ZMB"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("ZMB"));
    }

    @Test
    void describingAStrikeAsCowardlyCondemnsTheStriker() {
        ArticleGraph g = extract("2025-09-10", "", "Oman denounced an Israeli air strike on Houthi officials in Sanaa. "
                + "Bahrain described it as \"blatant and cowardly\".");
        assertThat(has(g, "CONDEMNED", "BHR", "ISR")).isTrue();
    }

    @Test
    void aTreatyInTheSubjectsAsideIsNotWhatItsPronounMeans() {
        ArticleGraph g = extract("2025-09-10", "", "Oman denounced an Israeli air strike on Houthi officials in Sanaa. "
                + "Morocco, which signed the Abraham Accords with Israel in 2020, described it as a brazen violation.");
        assertThat(has(g, "CONDEMNED", "MAR", "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("treaty"));
    }

    @Test
    void callingADecisionIncorrectCondemnsItAndDeniesNothing() {
        ArticleGraph g = extract("2023-10-04", "", "Moldova's parliament voted on Tuesday to ratify the Rome Statute. "
                + "Spokesman Dmitry Peskov said Moscow considered the decision \"incorrect\".");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("DENIED"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("RUS"));
    }

    @Test
    void aPronounDoesNotMeanATreatyNamedOnlyLaterInItsSentence() {
        ArticleGraph g = extract("2023-12-29", "", "Suriname and Guyana agreed a joint declaration two weeks ago. Britain "
                + "sent a patrol ship to Guyana on Thursday. Suriname's foreign minister called it a hostile act and said it "
                + "went against the spirit of the declaration the two neighbours signed.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("treaty"));
    }

    @Test
    void summoningAnActingHighCommissionerProtestsAgainstHisState() {
        ArticleGraph g = extract("2025-05-21", "", "Ghana's foreign ministry condemned the detention of 12 Ghanaian traders "
                + "and summoned Nigeria's acting high commissioner.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("NGA"));
    }

    @Test
    void policeForcingTheirWayIntoAnEmbassyAreTheAttackersOthersCondemn() {
        ArticleGraph g = extract("2024-04-07", "", "Panama cut ties with Peru after Peruvian police forced their way into "
                + "its embassy in Lima on Friday. Chile's government said the raid was a clear violation of the Vienna "
                + "Convention.");
        assertThat(has(g, "CONDEMNED", "CHL", "PER")).isTrue();
    }

    @Test
    void aVolleyOfMissilesIsAnAttackAndAWhoseAsideKeepsTheSubject() {
        ArticleGraph g = extract("2025-09-10", "", "In June, Syria fired a volley of missiles at Incirlik. Turkey, whose air "
                + "defences intercepted most of them, condemned that attack at the time as a flagrant violation of its sovereignty.");
        assertThat(has(g, "CONDEMNED", "TUR", "SYR")).isTrue();
    }
}
