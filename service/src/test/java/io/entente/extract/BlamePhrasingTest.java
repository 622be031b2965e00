package io.entente.extract;

import org.junit.jupiter.api.Test;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static org.assertj.core.api.Assertions.assertThat;

/** Condemnations whose object is told before the verb or by an incident noun, in our own words. */
class BlamePhrasingTest {

    @Test
    void aRelativeClauseCondemnsTheStateBehindWhatItHangsOn() {
        ArticleGraph g = extract("2024-02-03", "", "CHISINAU, Feb 3 (Wire) - Moldova raised the matter at the OSCE "
                + "after Russian drone flights that Chisinau condemned as reckless.");
        assertThat(has(g, "CONDEMNED", "MDA", "RUS")).isTrue();

        ArticleGraph own = extract("2024-02-03", "", "BAGHDAD, Feb 3 (Wire) - Prime Minister Mohammed Shia al-Sudani "
                + "raised the issue with Ankara after renewed Turkish air strikes that his government denounced as a breach of "
                + "Iraqi sovereignty.");
        assertThat(has(own, "CONDEMNED", "IRQ", "TUR")).isTrue();
    }

    @Test
    void aRelativeClauseWithItsOwnObjectKeepsThatObject() {
        ArticleGraph g = extract("2019-10-02", "", "RIYADH, Oct 2 (Wire) - The United States sent more air defences to the "
                + "kingdom after blasts at Saudi refineries that Washington blamed on Iran.");
        assertThat(has(g, "CONDEMNED", "USA", "IRN")).isTrue();
        assertThat(has(g, "CONDEMNED", "USA", "SAU")).isFalse();
    }

    @Test
    void theIncursionNamedFirstIsCondemnedNotTheStorysDeployment() {
        ArticleGraph g = extract("2025-10-29", "", "BUCHAREST, Oct 29 (Wire) - Washington has told its allies that it will cut "
                + "the number of American troops in Europe, leaving about 1,000 soldiers in Romania, the Romanian defence ministry "
                + "said. Weeks ago a Russian drone briefly entered Romanian airspace. Bucharest condemned the incursion as an "
                + "irresponsible act and summoned Russia's ambassador.");
        assertThat(has(g, "CONDEMNED", "ROU", "RUS")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("deployment"));
    }

    @Test
    void breakingOffRelationsOrExpellingANamedEnvoyCondemnsTheOtherState() {
        ArticleGraph g = extract("2023-11-01", "", "LA PAZ, Nov 1 (Wire) - Bolivia says it is severing diplomatic ties with Israel "
                + "over the war in Gaza.");
        assertThat(has(g, "CONDEMNED", "BOL", "ISR")).isTrue();

        ArticleGraph envoy = extract("2024-04-06", "", "QUITO, April 6 (Wire) - On Thursday Ecuador declared Mexico's ambassador, "
                + "Raquel Serur, persona non grata over remarks by the Mexican president.");
        assertThat(has(envoy, "CONDEMNED", "ECU", "MEX")).isTrue();

        ArticleGraph declared = extract("2024-04-06", "", "QUITO, April 6 (Wire) - Ecuador declared a state of emergency "
                + "after its ambassador returned from Mexico.");
        assertThat(declared.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aGovernmentStatementCondemnsTheStateWhoseVesselIntruded() {
        ArticleGraph g = extract("2025-03-27", "", "GEORGETOWN, March 27 (Government Bulletin) - The Government recalls that a "
                + "Venezuelan naval patrol vessel entered Guyana's exclusive economic zone on March 1. The Government condemned the "
                + "incursion in the strongest terms.");
        assertThat(has(g, "CONDEMNED", "GUY", "VEN")).isTrue();
    }

    @Test
    void callingTheRatificationOfAStatuteAMistakeCondemnsThatTreaty() {
        ArticleGraph g = extract("2023-10-04", "", "YEREVAN, Oct 4 (Wire) - Armenia's parliament ratified the Rome Statute of the "
                + "International Criminal Court on Tuesday. Kremlin spokesman Dmitry Peskov called the ratification a mistake.");
        Entity statute = RealNewsPatternsTest.ofType(g, "Treaty").getFirst();
        assertThat(statute.name()).contains("Rome Statute");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(statute.key())
                && r.subject().contains("peskov"));
        assertThat(RealNewsPatternsTest.ofType(g, "Country")).extracting(Entity::key).doesNotContain("ITA");
    }

    @Test
    void aVerdictAfterTheObjectAndAFlightPointAtTheIntruder() {
        ArticleGraph g = extract("2025-09-19", "", "TALLINN, Sept 19 (Wire) - Estonia asked its allies for talks after three "
                + "Russian fighter jets flew into its airspace over the Gulf of Finland. Prime Minister Kristen Michal said the cabinet "
                + "had met overnight. He called the violation completely unacceptable. Kaja Kallas, the European Union's foreign "
                + "policy chief, called the flight a highly risky provocation.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().contains("michal") && r.object().equals("RUS"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("RUS")
                && (r.subject().equals("eu") || r.subject().contains("kallas")));
    }

    @Test
    void theGovernmentOfAStateIsThatState() {
        ArticleGraph g = extract("2025-02-24", "", "PORT SUDAN, 24 February (Nile Daily) - The Government of Sudan renewed its "
                + "strong condemnation of the Republic of Kenya after the militia met in Nairobi.");
        assertThat(has(g, "CONDEMNED", "SDN", "KEN")).isTrue();
        assertThat(RealNewsPatternsTest.ofType(g, "Organization")).isEmpty();
    }

    @Test
    void callingHomeEnvoysAndCondemningADowningByAirDefences() {
        ArticleGraph g = extract("2025-04-08", "", "ALGIERS, April 8 (Wire) - Algeria called home its ambassador from Bamako on "
                + "Monday, widening a dispute over a Malian drone that Algerian air defences shot down last week. On Sunday Niger "
                + "condemned the downing as a hostile act.");
        assertThat(has(g, "CONDEMNED", "DZA", "MLI")).isTrue();
        assertThat(has(g, "CONDEMNED", "NER", "DZA")).isTrue();
        assertThat(has(g, "CONDEMNED", "NER", "MLI")).isFalse();
    }

    @Test
    void aTreatyInvokedAsTheNormBrokenIsNotWhatIsCondemned() {
        ArticleGraph g = extract("2024-04-06", "", "BRASILIA, April 6 (Wire) - Brazil's foreign ministry condemns the operation "
                + "in firm terms and says it breaks the 1961 Vienna Convention on Diplomatic Relations.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("treaty"));
    }

    @Test
    void sanctionsAndAccusationsAgainstAStateCondemnIt() {
        ArticleGraph g = extract("2024-05-10", "", "WASHINGTON, May 10 (Wire) - The United States on Friday imposed sanctions on "
                + "Iran over its drone exports. Sudan renewed its accusation against the United Arab Emirates of arming the militia.");
        assertThat(has(g, "CONDEMNED", "USA", "IRN")).isTrue();
        assertThat(has(g, "CONDEMNED", "SDN", "ARE")).isTrue();
    }

    @Test
    void protestsAgainstHittingBackAtAndNewSanctionsCondemn() {
        ArticleGraph g = extract("2024-05-10", "", "SEOUL, May 10 (Wire) - Seoul lodged a strong protest against Tokyo's claim to "
                + "the islets. Beijing hit back at Washington over the arms sale. The European Union imposed new sanctions on "
                + "Belarus on Monday.");
        assertThat(has(g, "CONDEMNED", "KOR", "JPN")).isTrue();
        assertThat(has(g, "CONDEMNED", "CHN", "USA")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("eu") && r.object().equals("BLR"));
    }

    @Test
    void aProtestConveyedToAStateCondemnsIt() {
        ArticleGraph g = extract("2025-03-12", "", "TOKYO, March 12 (Wire) - Japan's foreign ministry said it had conveyed a strong "
                + "protest to China over the intrusion of a coast guard ship.");
        assertThat(has(g, "CONDEMNED", "jpn-mofa", "CHN")).isTrue();

        ArticleGraph note = extract("2025-03-12", "", "OSLO, March 12 (Wire) - Norway sent a note of protest to Moscow on Tuesday.");
        assertThat(has(note, "CONDEMNED", "NOR", "RUS")).isTrue();

        ArticleGraph not = extract("2025-03-12", "", "TOKYO, March 12 (Wire) - Japan did not lodge a protest with China.");
        assertThat(not.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aSummonsReportedByItsOwnMinistryCondemnsTheEnvoysState() {
        ArticleGraph g = extract("2025-06-24", "", "KUWAIT, June 24 (Wire) - Kuwait's foreign ministry says it has summoned "
                + "the Iranian ambassador to protest against the violation of a neighbour's sovereignty.");
        assertThat(has(g, "CONDEMNED", "kwt-mfa", "IRN")).isTrue();
    }

    @Test
    void statesThatSayTheyCondemnTheAttackOnAVictimCondemnItsAttacker() {
        ArticleGraph g = extract("2025-06-24", "", "DUBAI, June 24 (Wire) - Iran launched a missile strike on a base in Qatar "
                + "overnight. In a joint statement, Oman and Jordan said they condemned the attack on Qatar.");
        assertThat(has(g, "CONDEMNED", "OMN", "IRN")).isTrue();
        assertThat(has(g, "CONDEMNED", "JOR", "IRN")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("QAT"));
    }

    @Test
    void itsMinistrySpeaksForTheStateTheSentenceNamed() {
        ArticleGraph g = extract("2025-03-10", "", "SEOUL, March 10 (Wire) - China, which Pyongyang calls its closest friend, took a "
                + "harder line: its foreign ministry accused Washington of stoking tension on the peninsula.");
        assertThat(has(g, "CONDEMNED", "CHN", "USA")).isTrue();
    }

    @Test
    void watchingForAnyProvocationCondemnsNobody() {
        ArticleGraph g = extract("2025-03-10", "", "SEOUL, March 10 (Wire) - A U.S. aircraft carrier docked in Busan on Sunday. "
                + "The South Korean military said it was closely watching for any provocation by the North.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void rebukingTheStatementsCondemnsWhoeverLastSpokeNotTheLastPersonNamed() {
        ArticleGraph g = extract("2025-03-10", "", "SEOUL, March 10 (Wire) - Choe Son Hui, foreign minister of North Korea and a "
                + "close aide of leader Kim Jong Un, said in a statement that the drills were a rehearsal for invasion. "
                + "Seoul rebuked the statements.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("KOR")
                && r.object().startsWith("choe-son-hui"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().startsWith("kim-jong-un"));
    }

    @Test
    void aStateInFreeAssociationActsAndIsCondemnedLikeAnyOther() {
        ArticleGraph g = extract("2025-06-20", "", "WELLINGTON, June 20 (Wire) - New Zealand rebuked the Cook Islands government "
                + "over its agreements with Beijing.");
        assertThat(has(g, "CONDEMNED", "NZL", "COK")).isTrue();
    }

    @Test
    void aPronounAfterAPreposedTimePhraseHeadsTheClauseOfACoordinatedAccusation() {
        ArticleGraph g = extract("2025-06-20", "", "APIA, June 20 (Wire) - Samoan Prime Minister Laauli Leuatea Schmidt spoke to "
                + "reporters on Thursday. In March he survived a confidence vote over the Beijing loan and accused Canberra of "
                + "meddling in the islands' affairs.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().startsWith("laauli")
                && r.object().equals("AUS"));
    }

    @Test
    void sayingAnotherStateTrampledOnTheLawCondemnsIt() {
        ArticleGraph g = extract("2024-04-06", "", "LIMA, April 6 (Wire) - Peru recalled its chargé from Caracas, saying "
                + "Venezuela had trampled on international law.");
        assertThat(has(g, "CONDEMNED", "PER", "VEN")).isTrue();
        ArticleGraph flouted = extract("2024-04-06", "", "LIMA, April 6 (Wire) - Chile said Bolivia had flouted the border "
                + "rules.");
        assertThat(has(flouted, "CONDEMNED", "CHL", "BOL")).isTrue();
    }

    @Test
    void aVerdictOnTheAttackToldToANewsConferenceCondemnsTheAttacker() {
        ArticleGraph g = extract("2025-06-24", "", "MUSCAT, June 24 (Wire) - Iran fired missiles at a base in Bahrain on Monday. "
                + "Bahrain's foreign minister Abdullatif bin Rashid Al Zayani told a news conference in Manama that the attack "
                + "was unacceptable.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("IRN")
                && r.subject().startsWith("abdullatif"));
    }

    @Test
    void anUntitledNameOpeningASentenceWithAWhoClauseIsAPersonWhoCanCondemn() {
        ArticleGraph g = extract("2025-06-01", "", "OSLO, June 1 (Wire) - The Storting ratified the defence cooperation agreement "
                + "with the United States. Marie Sneve Martinussen, who leads the Red Party, called the agreement a surrender of "
                + "sovereignty.");
        assertThat(g.entities()).anyMatch(e -> e.type().equals("Person") && e.name().equals("Marie Sneve Martinussen"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("marie-sneve-martinussen"));
    }

    @Test
    void theAccusedNamedInAnAppositionAfterTheirOfficeIsThePerson() {
        for (String office : new String[] {"the Zambian President, Hakainde Hichilema,", "the President of Zambia, Hakainde Hichilema,"}) {
            ArticleGraph g = extract("2025-03-03", "", "LILONGWE, March 3 (Wire) - Malawi's foreign ministry accused " + office
                    + " of sheltering smugglers on the border.");
            String hichilema = RealNewsPatternsTest.key(g, "Person", "Hakainde Hichilema");
            assertThat(g.relations()).as(office).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals(hichilema));
        }
    }

    @Test
    void aGroupWhoseNameStartsWithALowerCaseArticleIsKnownMidSentence() {
        ArticleGraph g = extract("2025-03-03", "", "NAIROBI, March 3 (Wire) - Kenya's interior ministry condemned an al-Shabaab "
                + "raid on a police post near Mandera on Sunday.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("al-shabaab"));
    }

    @Test
    void anAccusationCoordinatedWithAnotherVerbKeepsTheSentencesSubject() {
        ArticleGraph g = extract("2025-03-03", "", "At a briefing in Tehran, Iran's foreign ministry spokesman Esmaeil Baghaei "
                + "defended the missile tests as lawful and accused Israel of stoking tension in the region.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("ISR"));
        ArticleGraph place = extract("2025-03-03", "", "The authorities in Kinshasa have rejected the account, saying the "
                + "border is unmarked and accusing him of lying.");
        assertThat(place.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("COD"));
    }

    @Test
    void everyStateOfACoordinatedSubjectAccusesAndEveryCoordinatedStateIsAccused() {
        ArticleGraph g = extract("2025-03-03", "", "Poland, Lithuania and Latvia replied in a joint statement, accusing Minsk "
                + "of staging the crossings.");
        assertThat(has(g, "CONDEMNED", "POL", "BLR")).isTrue();
        assertThat(has(g, "CONDEMNED", "LTU", "BLR")).isTrue();
        assertThat(has(g, "CONDEMNED", "LVA", "BLR")).isTrue();
        ArticleGraph accused = extract("2025-03-03", "", "Venezuela accused Guyana and the United States of plotting an invasion.");
        assertThat(has(accused, "CONDEMNED", "VEN", "GUY")).isTrue();
        assertThat(has(accused, "CONDEMNED", "VEN", "USA")).isTrue();
        ArticleGraph capitals = extract("2025-03-03", "", "Iran's Foreign Minister Abbas Araghchi wrote online, accusing "
                + "Washington and the three European capitals of wrecking the deal.");
        assertThat(capitals.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("USA"));
    }

    @Test
    void anAccusationInARelativeClauseCondemnsWhatTheClauseHangsOn() {
        ArticleGraph g = extract("2025-02-03", "", "Prime Minister Robert Abela pulled Malta out of the Mediterranean "
                + "Fisheries Council, which he accused of ignoring small islands.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().startsWith("robert-abela")
                && !r.object().startsWith("robert-abela"));

        ArticleGraph fighters = extract("2025-02-03", "", "President Bola Tinubu ordered raids on al-Shabaab fighters "
                + "whom he accused of kidnapping farmers.");
        assertThat(fighters.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().startsWith("bola-tinubu")
                && r.object().equals("al-shabaab"));

        ArticleGraph person = extract("2025-02-03", "", "President William Ruto met President Yoweri Museveni, whom he "
                + "accused of meddling.");
        assertThat(person.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().startsWith("william-ruto")
                && r.object().startsWith("yoweri-museveni"));
    }

    @Test
    void aClericNamedByHisCallingAccusesInASecondVerbAndHoldsNoOffice() {
        ArticleGraph g = extract("2025-12-27", "", "KANO (Wire) - Traders welcomed the raids, while Musa Idris, a prominent "
                + "Islamic cleric in Kano, condemned them as reckless and accused France of fuelling the insurgency.");
        String cleric = RealNewsPatternsTest.key(g, "Person", "Musa Idris");
        assertThat(has(g, "CONDEMNED", cleric, "FRA")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("HOLDS_OFFICE") && r.subject().equals(cleric));
    }

    @Test
    void condemningAVoteCondemnsTheStateThatHeldIt() {
        ArticleGraph g = extract("2025-03-10", "", "Belarus staged a referendum on Sunday on hosting more Russian forces. "
                + "The European Union condemned the referendum as a farce, and Lithuania called the vote a provocation.");
        assertThat(has(g, "CONDEMNED", "LTU", "BLR")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("eu") && r.object().equals("BLR"));

        ArticleGraph unheld = extract("2025-03-10", "", "Lithuania called the vote a provocation.");
        assertThat(unheld.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));
    }

    @Test
    void aStatesAdjectiveInTheVerdictOnAnItNamesTheCondemned() {
        ArticleGraph g = extract("2025-09-15", "", "French jets arrived in Estonia on Friday. Estonia called it a reckless "
                + "Russian provocation when a MiG crossed its border on Saturday.");
        assertThat(has(g, "CONDEMNED", "EST", "RUS")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("EST") && r.object().startsWith("deployment"));
    }

    @Test
    void aPronounAfterTheSpeakersClauseCondemnsForTheSpeaker() {
        ArticleGraph g = extract("2026-02-03", "", "BAMAKO, Feb 3 (Test Wire) - In a statement, the Turkish foreign ministry said the "
                + "gunmen had been repelled by Mali's army, and it condemned the Islamic State fighters behind the raid as terrorists.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("isis")
                && (r.subject().equals("TUR") || r.subject().startsWith("tur-")));
    }

    @Test
    void aBodyAccusingTheGovernmentWithoutNamingItAccusesTheStoryState() {
        ArticleGraph g = extract("2026-05-20", "", "COTONOU, May 20 (Test Wire) - Benin and China signed a port security accord. "
                + "The opposition Democratic Alliance for Renewal accused the government of selling off the harbour without a vote. "
                + "Former minister Paul Dossou accused the government of secrecy.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("BEN")
                && r.subject().contains("alliance"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().contains("dossou"));
    }

    @Test
    void accusingAGroupDescribedByAStatesAdjectiveAccusesThatState() {
        ArticleGraph g = extract("2026-07-09", "", "OSLO, July 9 (Test Wire) - Norway's Defence Minister Tore Sandvik accused the "
                + "captain of a Russian fishing trawler of cutting an undersea cable. Norway also accused Chinese and Iranian "
                + "operators of hiding the ship's route.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("RUS") && r.subject().contains("sandvik"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && (r.object().equals("CHN") || r.object().equals("IRN")));
    }

    @Test
    void aThirdStateRejectingATreatyCondemnsItButAPartyOrALegislatureDoesNot() {
        ArticleGraph g = extract("2026-09-15", "", "ATHENS, Sept 15 (Test Wire) - Egypt and Libya signed a maritime accord on Monday. "
                + "Greece said it could never accept the accord. Libya's parliament rejected the accord on Tuesday. "
                + "Egypt later rejected the accord's critics.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("GRC"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && (r.subject().equals("EGY") || r.subject().contains("lby")
                || r.subject().equals("LBY")));
    }

    @Test
    void anAdverbBeforeAParticipleOfAccusingKeepsTheClausesSubject() {
        ArticleGraph g = extract("2026-03-30", "", "BISHKEK, March 30 (Test Wire) - Kyrgyz President Sadyr Japarov spoke to reporters. "
                + "Japarov has been a vocal critic of the Taliban since 2022, openly accusing them of mistreating ethnic Kyrgyz herders.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().contains("japarov")
                && r.object().equals("taliban"));
    }

    @Test
    void describingAnEventAsAStatesIntrusionCondemnsThatState() {
        ArticleGraph g = extract("2026-10-02", "", "VILNIUS, Oct 2 (Test Wire) - Belarusian balloons crossed into Lithuanian airspace "
                + "on Tuesday. Lithuanian Prime Minister Inga Ruginiene described it as the most brazen Belarusian incursion this year.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("BLR") && r.subject().contains("ruginiene"));
    }

    @Test
    void aStatesOwnCondemnationOfAnotherCondemnsIt() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-08-14", "", "The premier repeated Amman's condemnation of Syria's"
                + " shelling of the border town. Egypt restated its condemnation of Sudan on Monday.");
        assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "JOR", "SYR")).isTrue();
        assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "EGY", "SDN")).isTrue();
    }

    @Test
    void anUnnamedOfficeHolderMarkedByHisStatesAdjectiveSpeaksForIt() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-08-14", "", "The Peruvian foreign minister condemned Chile on Monday."
                + " Anna Berg, a former Danish prime minister, denounced Russia.");
        assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "PER", "CHL")).isTrue();
        assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "DNK", "RUS")).isFalse();
    }

    @Test
    void whatASpeakerCallsAStatesGenocideCondemnsThatState() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-08-14", "", "Chilean President Gabriel Boric said he would back any"
                + " plan that ended what he called Myanmar's genocide of the Rohingya.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("MMR"));
    }

    @Test
    void aRelativeClauseWithAdverbsBlamesTheOwnerOfAWarOfAggression() {
        ArticleGraph g = extract("2025-05-15", "", "The brigade was promised in response to Russia's full-scale war of aggression "
                + "against Ukraine, which Estonia has firmly and consistently condemned.");
        assertThat(has(g, "CONDEMNED", "EST", "RUS")).isTrue();
        assertThat(has(g, "CONDEMNED", "EST", "UKR")).isFalse();
    }

    @Test
    void outrageVoicedAtAnAttackBlamesTheAttackerNotTheNextSpeaker() {
        ArticleGraph g = extract("2025-09-10", "", "DOHA - Israeli jets struck a residential compound in Doha on Tuesday. "
                + "Oman and Iraq voiced outrage at the attack, Iran's foreign ministry spokesman Esmaeil Baghaei said it was "
                + "illegal, and Egypt called it reckless.");
        assertThat(has(g, "CONDEMNED", "OMN", "ISR")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals("OMN") && !r.object().equals("ISR"));
    }

    @Test
    void everyStateInAListThatPullsItsEnvoysOutOfACapitalProtestsAgainstIt() {
        ArticleGraph g = extract("2025-04-08", "", "Guinea, Chad and Gabon have pulled their ambassadors out of Yaounde in protest "
                + "at the arrest of their nationals.");
        assertThat(has(g, "CONDEMNED", "GIN", "CMR")).isTrue();
        assertThat(has(g, "CONDEMNED", "TCD", "CMR")).isTrue();
        assertThat(has(g, "CONDEMNED", "GAB", "CMR")).isTrue();
    }

    @Test
    void everyFormOfTheCondemningVerbsCondemns() {
        ArticleGraph g = extract("2025-04-08", "", "The Moroccan Foreign Ministry hit back on Monday, lambasting the Tunisian "
                + "authorities for their silence.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("TUN"));
        ArticleGraph decrying = extract("2025-04-08", "", "Senegal issued a statement decrying Gambia's border closure.");
        assertThat(has(decrying, "CONDEMNED", "SEN", "GMB")).isTrue();
    }

    @Test
    void aMinisterReportingHisOwnStatesRejectionBlamesNeitherHimselfNorHisState() {
        ArticleGraph g = extract("2024-01-18", "", "The Arab League declared the memorandum null and void. State Minister "
                + "Mesganu Arga of Ethiopia wrote on X that Ethiopia rejected the statement as interference in its internal affairs.");
        String minister = key(g, "Person", "Mesganu Arga");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && (r.object().equals(minister) || r.object().equals("ETH")));
    }

    @Test
    void aSecondVerbAfterAndWithAnAdverbKeepsTheSentencesSubject() {
        ArticleGraph g = extract("2023-09-22", "", "In Yerevan, Prime Minister Nikol Pashinyan accused Azerbaijan of pursuing "
                + "ethnic cleansing and again criticised the Russian peacekeeping force.");
        assertThat(has(g, "CONDEMNED", "AZE", "RUS")).isFalse();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("RUS")
                && r.subject().equals(key(g, "Person", "Nikol Pashinyan")));
    }

    @Test
    void statesThatBothCondemnedAnAttackInARelativeClauseBlameTheAttacker() {
        ArticleGraph g = extract("2025-09-18", "", "The signing came eight days after Israel struck Hamas leaders in the Qatari "
                + "capital Doha, an attack that Egypt and Jordan both condemned and that deepened doubts in the Gulf.");
        assertThat(has(g, "CONDEMNED", "EGY", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "JOR", "ISR")).isTrue();
        assertThat(has(g, "CONDEMNED", "EGY", "QAT")).isFalse();
    }

    @Test
    void aStatesCondemnationStandsBesideItsMinistrysLaterOne() {
        ArticleGraph g = extract("2025-11-14", "", "PHNOM PENH - Cambodia has strongly condemned a deadly shooting at the border, "
                + "accusing Thai soldiers of firing on civilians. On Thursday, Cambodia's Ministry of Foreign Affairs condemned "
                + "Thailand again in a statement.");
        assertThat(has(g, "CONDEMNED", "KHM", "THA")).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && !r.subject().equals("KHM") && r.object().equals("THA"));
    }

    @Test
    void aSuperlativeAttackKeepsItsOwnerAndADisputedAccountDoesNotReplaceIt() {
        ArticleGraph g = extract("2024-03-12", "", "ODESA, March 12 (Wire) - Allies condemned Russia's heaviest drone attack on "
                + "the port this year. Moscow's defence ministry said its units had hit only military depots and blamed the fire "
                + "at a grain terminal on a Ukrainian interceptor missile. Poland's foreign minister Radoslaw Sikorski condemned "
                + "the strikes.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Radoslaw Sikorski"), "RUS")).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("UKR"));

        ArticleGraph barrage = extract("2024-03-12", "", "KHARKIV, March 12 (Wire) - A Russian barrage hit the city overnight. "
                + "Germany condemned the barrage.");
        assertThat(has(barrage, "CONDEMNED", "DEU", "RUS")).isTrue();
    }

    @Test
    void aVerdictAfterTheAttackNounNamesNoAttackerAndADescribedRelativeIsAnAside() {
        ArticleGraph launch = extract("2024-05-30", "", "TOKYO, May 30 (Wire) - North Korea fired a salvo of short-range missiles "
                + "on Thursday. Prime Minister Fumio Kishida condemned the launch as a breach of United Nations Security "
                + "Council resolutions.");
        assertThat(has(launch, "CONDEMNED", key(launch, "Person", "Fumio Kishida"), "PRK")).isTrue();
        assertThat(launch.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && !r.object().equals("PRK"));

        ArticleGraph kin = extract("2024-05-30", "", "SEOUL, May 30 (Wire) - Kim Yo-jong, the influential sister of leader "
                + "Kim Jong-un and a senior official of the ruling Workers' Party, issued a statement condemning American "
                + "drills near the peninsula.");
        assertThat(has(kin, "CONDEMNED", key(kin, "Person", "Kim Yo-jong"), "USA")).isTrue();
    }

    @Test
    void anAllegationsDenierIsNoTargetAndAFrontedParticiplesObjectDoesNotSpeak() {
        ArticleGraph based = extract("2025-05-07", "", "NEW DELHI, May 7 (Wire) - Gunmen killed 20 tourists last month. "
                + "New Delhi has blamed the attack on Nepal-based militants, an allegation Kathmandu has firmly denied.");
        assertThat(based.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("NPL"));

        ArticleGraph addressing = extract("2025-05-07", "", "ISLAMABAD, May 7 (Wire) - Indian jets struck two towns overnight. "
                + "Addressing the Senate later in the day, the premier said India had chosen aggression.");
        assertThat(addressing.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().contains("senate"));
    }

    @Test
    void anAccusationInARelativeClauseCondemnsItsAntecedent() {
        ArticleGraph named = extract("2024-08-10", "", "VILNIUS, Aug 10 (Wire) - Lithuania sent more border guards to its frontier "
                + "with Belarus, which Vilnius accuses of steering migrants towards the European Union.");
        assertThat(has(named, "CONDEMNED", "LTU", "BLR")).isTrue();

        ArticleGraph pronoun = extract("2024-08-10", "", "HANOI, Aug 10 (Wire) - Vietnam filed a new protest over the reef, "
                + "a step aimed at China, which it accuses of harassing its fishing boats.");
        assertThat(has(pronoun, "CONDEMNED", "VNM", "CHN")).isTrue();
    }

    @Test
    void aResolutionStillToBeVotedCondemnsNobody() {
        ArticleGraph planned = extract("2023-10-03", "", "BRUSSELS, Oct 3 (Wire) - Azerbaijani forces retook the region last week. "
                + "The European Parliament is expected to vote on Thursday on a resolution condemning the Azerbaijani offensive.");
        assertThat(planned.relations()).noneMatch(r -> r.type().equals("CONDEMNED"));

        ArticleGraph adopted = extract("2023-10-06", "", "BRUSSELS, Oct 6 (Wire) - Azerbaijani forces retook the region last week. "
                + "The European Parliament adopted a resolution condemning the Azerbaijani offensive.");
        assertThat(has(adopted, "CONDEMNED", "european-parliament", "AZE")).isTrue();
    }

    @Test
    void theStateWhoseSoldiersAnAttackKilledIsNotCondemned() {
        ArticleGraph g = extract("2024-01-29", "", "AMMAN, Jan 29 (Wire) - Jordan on Sunday condemned a drone strike that killed "
                + "two French soldiers at a base near the Syrian border.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("FRA"));
    }

    @Test
    void theStatementThatGoesOnIsItsAuthors() {
        ArticleGraph g = extract("2023-12-29", "", "CARACAS, Dec 29 (Wire) - Britain sent a warship to Guyana this week. "
                + "In a statement on Thursday, Venezuelan Foreign Minister Yvan Gil said Caracas rejected the visit. "
                + "The statement also accused the United States of acting in concert with London.");
        assertThat(has(g, "CONDEMNED", key(g, "Person", "Yvan Gil"), "USA")).isTrue();

        ArticleGraph stale = extract("2023-12-29", "", "CARACAS, Dec 29 (Wire) - Venezuelan Foreign Minister Yvan Gil spoke on "
                + "Thursday. Guyana's army published its own account of the week. The statement accused Caracas of "
                + "stirring up trouble.");
        assertThat(stale.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals(key(stale, "Person", "Yvan Gil")));
    }
}
