package io.entente.extract;

import org.junit.jupiter.api.Test;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** Treaty wordings from accession votes and bilateral signings, in our own words. */
class TreatyPatternsTest {

    private static final String VOTE = "BUDAPEST - Hungary's parliament on Monday approved Finland's application to join "
            + "NATO after months of delay.\n\nLawmakers voted 150-9 in favour of ratifying Finland's accession protocol. "
            + "The two countries also signed a deal on the purchase of patrol boats.";

    @Test
    void everyWordingOfAnAccessionIsOneTreatyRatifiedByTheParliament() {
        ArticleGraph g = extract("2023-03-27", "", VOTE);
        Entity accession = ofType(g, "Treaty").stream().filter(t -> t.name().contains("accession")).findFirst().orElseThrow();
        assertThat(accession.aliases()).contains("Finland's NATO accession", "Finland's bid to join NATO");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(accession.key())
                && (r.subject().equals("HUN") || r.subject().startsWith("hun-")));
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED")).hasSize(1);
    }

    @Test
    void signingADealAfterARatificationIsASecondTreaty() {
        ArticleGraph g = extract("2023-03-27", "", VOTE);
        assertThat(ofType(g, "Treaty")).hasSize(2);
        String deal = ofType(g, "Treaty").stream().filter(t -> t.name().equals("deal")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", "HUN", deal)).isTrue();
    }

    @Test
    void concernAboutAPactIsACondemnation() {
        ArticleGraph g = extract("2024-06-19", "", "Russia and North Korea signed a mutual defence pact on Wednesday. "
                + "Tokyo said it was seriously concerned about the pact.");
        String pact = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "CONDEMNED", "JPN", pact)).isTrue();
    }

    @Test
    void theTwoCountriesAreTheHeadlinesPairNotTheLatestSource() {
        ArticleGraph g = extract("2022-06-07", "Cambodia denies secret deal to host Chinese forces",
                "PHNOM PENH - Cambodia's prime minister dismissed a report about a secret agreement with China's military. "
                + "The report, citing U.S. officials, said the two countries signed the deal in the spring.");
        Entity deal = ofType(g, "Treaty").getFirst();
        assertThat(deal.attrs().get("parties")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("KHM", "CHN");
    }

    @Test
    void signingALawThatRatifiesIsNoSigningAndRatifiedItIsTheTreatyInTheStory() {
        ArticleGraph g = extract("2024-11-09", "", "Russia's president on Saturday signed a law ratifying a mutual defence "
                + "treaty with North Korea. The State Duma had ratified it last month.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED"));
        String t = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(t)
                && r.subject().contains("duma") && "2024-10".equals(r.date()));
    }

    @Test
    void whenTheTwoSidesSignTheCounterpartMetEarlierIsNotASigner() {
        ArticleGraph g = extract("2023-11-22", "", "Chinese Foreign Minister Wang Yi held talks with his Nicaraguan "
                + "counterpart Denis Moncada on Wednesday, and the two sides signed an agreement on security cooperation.");
        String t = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::subject)
                .containsExactlyInAnyOrder("CHN", "NIC");
        assertThat(has(g, "PARTY_TO", "NIC", t)).isTrue();
    }

    @Test
    void aHeadlineTreatyWithTheSamePartiesIsTheBodysAndABackgroundPactKeepsOnlyItsParties() {
        ArticleGraph g = extract("2024-05-22", "Philippine Senate ratifies visiting forces pact with New Zealand",
                "MANILA - The Philippine Senate ratified a status of visiting forces agreement with New Zealand on "
                + "Wednesday. Manila's reciprocal access agreement with Japan took effect last year. The agreement "
                + "will take effect once both sides exchange notes.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        String japanese = ofType(g, "Treaty").stream().filter(t -> String.valueOf(t.attr("parties")).contains("JPN"))
                .findFirst().orElseThrow().key();
        assertThat(has(g, "PARTY_TO", "JPN", japanese)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.object().equals(japanese) && !r.type().equals("PARTY_TO"));
    }

    @Test
    void anIndefiniteDescribedTreatyBetweenOtherStatesIsASecondTreaty() {
        ArticleGraph g = extract("2025-09-13", "", "Spain's parliament ratified a defence treaty with "
                + "Italy on Friday. Kazakhstan is bound to Uzbekistan by an alliance treaty that Kassym-Jomart Tokayev and "
                + "Shavkat Mirziyoyev signed in Tashkent in December.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
    }

    @Test
    void aCombiningFormNamesAPartyNotATreaty() {
        ArticleGraph g = extract("2025-09-13", "", "The Treaty of Lyon was signed by Spain and Italy. "
                + "Moscow denounced the Hispano-Italian treaty on Friday.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
    }

    @Test
    void theDeclarationHeSignedWithSomeoneHasBothSigners() {
        ArticleGraph g = extract("2025-08-09", "", "Serbian President Aleksandar Vucic returned home to "
                + "defend the joint declaration he signed in Brussels with Kosovo Prime Minister Albin Kurti.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Aleksandar Vucic"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Albin Kurti"), treaty)).isTrue();
    }

    @Test
    void aHostWhoAddsHisSignatureToTheDeclarationSignsItToo() {
        ArticleGraph g = extract("2025-08-09", "", "Serbian President Aleksandar Vucic signed a joint "
                + "declaration with Kosovo Prime Minister Albin Kurti. French President Emmanuel Macron added his signature "
                + "to the declaration.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Emmanuel Macron"), treaty)).isTrue();
        assertThat(has(g, "PARTY_TO", "FRA", treaty)).isTrue();
    }

    @Test
    void leadersWhoEndAWarWithAPactSignedSomewhereSignIt() {
        ArticleGraph g = extract("2025-06-15", "", "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti "
                + "ended the dispute with a joint declaration signed in Ohrid in March 2023.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Aleksandar Vucic"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Albin Kurti"), treaty)).isTrue();
    }

    @Test
    void aPactSignedElsewhereThatSomeoneCondemnsIsNotSignedByThem() {
        ArticleGraph g = extract("2025-06-15", "", "Serbian President Aleksandar Vucic condemned the declaration signed in "
                + "Ohrid in March 2023.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }

    @Test
    void aTreatyThatAThirdStateSignedWithAnotherIsASecondTreaty() {
        ArticleGraph g = extract("2020-08-28", "", "ATHENS, Aug 28 (Test Wire) - Cyprus's parliament on Thursday ratified an accord with "
                + "Egypt. Nicosia sees the accord as an answer to the maritime memorandum that Turkey signed last year with the "
                + "Tripoli-based government in Libya.");
        java.util.List<Entity> treaties = g.entities().stream().filter(e -> e.type().equals("Treaty")).toList();
        assertThat(treaties).hasSize(2);
        Entity memorandum = treaties.stream().filter(t -> String.valueOf(t.attr("parties")).contains("TUR")).findFirst().orElseThrow();
        assertThat(String.valueOf(memorandum.attr("parties"))).contains("LBY").doesNotContain("CYP");
        assertThat(has(g, "SIGNED", "TUR", memorandum.key())).isTrue();
    }

    @Test
    void mediatorsNamedAfterThePassiveSignersDidNotSign() {
        ArticleGraph g = extract("2025-10-19", "", "ISLAMABAD, Oct 19 (Test Wire) - Pakistan and Afghanistan agreed to a ceasefire. "
                + "The agreement was signed on Saturday by Pakistani Defence Minister Khawaja Asif and his Afghan counterpart, "
                + "Mullah Mohammad Yaqoob, at the end of talks mediated by Qatar and Turkey, a Taliban spokesman said.");
        Entity treaty = ofType(g, "Treaty").getFirst();
        assertThat(has(g, "SIGNED", key(g, "Person", "Mullah Mohammad Yaqoob"), treaty.key())).isTrue();
        assertThat(has(g, "SIGNED", "QAT", treaty.key())).isFalse();
        assertThat(String.valueOf(treaty.attr("parties"))).doesNotContain("TUR");
    }

    @Test
    void aSameNamedAgreementWithAnotherStateIsAnotherTreatyRatifiedOnItsOwnDate() {
        ArticleGraph g = extract("2025-04-30", "", "MANILA, April 30 (Test Wire) - The Philippines and Canada signed a status of visiting "
                + "forces agreement on Wednesday. Manila already has a status of visiting forces agreement with Australia, which was "
                + "signed in 2007 and ratified by the Philippine Senate in 2012.");
        java.util.List<Entity> treaties = ofType(g, "Treaty");
        assertThat(treaties).hasSize(2);
        assertThat(treaties.getFirst().name()).isEqualTo("status of visiting forces agreement");
        Entity australian = treaties.stream().filter(t -> String.valueOf(t.attr("parties")).contains("AUS")).findFirst().orElseThrow();
        assertThat(String.valueOf(australian.attr("parties"))).doesNotContain("CAN");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(australian.key())
                && r.subject().equals(key(g, "Organization", "Senate")) && "2012".equals(r.date()));
    }

    @Test
    void treatiesHeldOrSignedByOtherStatesInPassingAreTheirOwn() {
        ArticleGraph g = extract("2026-01-06", "", "PARIS, Jan 6 (Test Wire) - France, Britain and Ukraine signed a declaration of "
                + "intent on Tuesday. Britain and Ukraine already have a 100-year partnership agreement. Greece signed a similar "
                + "boundary deal with Italy in June. Poland keeps troops in Lithuania under a defence agreement signed with "
                + "Vilnius in 2019.");
        java.util.List<String> parties = ofType(g, "Treaty").stream().map(t -> String.valueOf(t.attr("parties"))).toList();
        assertThat(parties).hasSize(4);
        assertThat(parties).anyMatch(p -> p.contains("GBR") && p.contains("UKR") && !p.contains("FRA"));
        assertThat(parties).anyMatch(p -> p.contains("GRC") && p.contains("ITA"));
        assertThat(parties).anyMatch(p -> p.contains("POL") && p.contains("LTU"));
    }

    @Test
    void aCapitalisedBareTreatyIsTheOneNamedAndAnotherBodysWordsNameNoBody() {
        ArticleGraph g = extract("2025-02-26", "", "MINSK, 26 February (Test Agency) - The lower house adopted the law on ratification "
                + "of the Treaty on Security Guarantees between Belarus and Russia. The Treaty was signed in Minsk in December by "
                + "Aleksandr Lukashenko and Vladimir Putin on the margins of the Supreme State Council of the Union State.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
        assertThat(String.valueOf(ofType(g, "Treaty").getFirst().attr("parties"))).doesNotContain("CHN");
        assertThat(g.entities()).noneMatch(e -> e.key().startsWith("chn"));
    }

    @Test
    void aStatementOfIntentIsAnInstrument() {
        ArticleGraph g = extract("2025-05-15", "", "DOHA, May 15 (Test Wire) - The United States and Qatar signed a statement of "
                + "intent on defence cooperation on Wednesday.");
        Entity t = ofType(g, "Treaty").getFirst();
        assertThat(t.name()).startsWith("statement of intent");
        assertThat(has(g, "SIGNED", "QAT", t.key())).isTrue();
    }

    @Test
    void anAgreementThatClearedTheHouseAndOneTheChamberAlsoRatifiedAreBothRatified() {
        ArticleGraph g = extract("2022-12-07", "Jakarta parliament ratifies long-stalled Singapore defence pact",
                "JAKARTA, Dec 7 (Test Wire) - Indonesia's defence cooperation agreement with Singapore has finally cleared the "
                + "House of Representatives. In the same sitting the DPR, as the House is known, also ratified a separate "
                + "defence cooperation agreement with Fiji.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        assertThat(g.relations().stream().filter(r -> r.type().equals("RATIFIED")).map(r -> r.object()).distinct()).hasSize(2);
    }

    @Test
    void passiveSignersAfterALongPlacePhraseAndAFrameworkSignedByMinisters() {
        ArticleGraph g = extract("2023-09-26", "", "NAIROBI, Sept 26 (Test Wire) - The pact was signed at Tampak Siring, on the island "
                + "of Bali, in April 2007 by Singapore's defence minister Teo Chee Hean. Kenyan Defence Cabinet Secretary Aden Duale "
                + "and U.S. Defense Secretary Lloyd Austin signed the framework on Monday.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", "Teo Chee Hean")));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", "Aden Duale")));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", "Lloyd Austin")));
    }

    @Test
    void ratificationsTheLastToRatifyBackingTheTextAndARelativeClauseFarFromItsTreaty() {
        ArticleGraph g = extract("2025-01-19", "", "RIGA, Jan 19 (Test Wire) - Latvia and Estonia signed a defence pact in 2024. "
                + "Estonia's parliament was the last of the two to ratify it, voting 80 to 3 in March. Latvia's parliament had "
                + "backed the text in February. Britain and Ukraine have a 100-year partnership agreement, which their leaders "
                + "signed in Kyiv on Jan. 16 last year and which Ukraine's parliament, the Verkhovna Rada, ratified in September.");
        assertThat(g.relations().stream().filter(r -> r.type().equals("RATIFIED")).map(r -> r.subject()).toList())
                .contains(key(g, "Organization", "Riigikogu"), key(g, "Organization", "Verkhovna Rada"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().startsWith("lva"));
    }

    @Test
    void aSpeakerWhoPointedOutThatHeHadSignedIsTheSigner() {
        ArticleGraph g = extract("2021-10-08", "", "ATHENS, Oct 8 (Test Wire) - Greek Foreign Minister Nikos Dendias pointed out that he "
                + "had signed a comparable mutual-defence agreement with the United Arab Emirates in Abu Dhabi.");
        Entity treaty = ofType(g, "Treaty").getFirst();
        assertThat(has(g, "SIGNED", key(g, "Person", "Nikos Dendias"), treaty.key())).isTrue();
        assertThat(String.valueOf(treaty.attr("parties"))).contains("GRC", "ARE");
    }

    @Test
    void aCapitalNamingATreatyIsNeitherAPartyNorAStateOfTheStory() {
        ArticleGraph g = extract("2024-04-06", "", "BRASILIA, April 6 (Wire) - Brazil's foreign ministry condemns the operation "
                + "in strong terms and says it breaks the 1961 Vienna Convention on Diplomatic Relations, which protects embassies.");
        assertThat(ofType(g, "Country")).extracting(Entity::key).containsExactly("BRA");
        assertThat(g.relations()).noneMatch(r -> r.subject().equals("AUT"));
        ArticleGraph asylum = extract("2024-04-06", "", "QUITO, April 6 (Wire) - Mexico asked for safe passage for the former vice "
                + "president under the 1954 Caracas Convention on Diplomatic Asylum, which both countries have ratified.");
        assertThat(ofType(asylum, "Country")).extracting(Entity::key).doesNotContain("VEN");
    }

    @Test
    void aNameTheStoryGivesItsTreatyIsThatTreatysAlias() {
        ArticleGraph g = extract("2019-11-06", "", "RIYADH, Nov 6 (Wire) - Yemen's government and the separatist council "
                + "signed a power-sharing agreement in the Saudi capital on Tuesday. The document, known as the Riyadh Agreement, "
                + "was signed by the deputy prime minister.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
        assertThat(ofType(g, "Treaty").getFirst().aliases()).contains("Riyadh Agreement");
    }

    @Test
    void aDatedCityNamedAccordIsNamedByItsCityNotSignedByItsState() {
        ArticleGraph g = extract("2025-04-08", "", "BAMAKO, April 8 (Wire) - Mali recalled its ambassador from Algeria on Monday. "
                + "In January 2024 the junta tore up the 2015 Algiers peace agreement, which Mali had signed with rebel groups "
                + "under Algerian mediation.");
        Entity accord = ofType(g, "Treaty").getFirst();
        assertThat(accord.name()).isEqualTo("Algiers peace agreement");
        assertThat(has(g, "SIGNED", "MLI", accord.key())).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.subject().equals("DZA") && r.object().equals(accord.key()));
    }

    @Test
    void signingTheLawOnRatificationRatifiesAndSignsNoTreaty() {
        ArticleGraph g = extract("2023-10-12", "", "BISHKEK, Oct 12 (Wire) - President Sadyr Japarov today signed the law on "
                + "ratification of the air defence agreement with Russia. The federal law on its ratification was signed by "
                + "President Vladimir Putin in May.");
        String accord = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "RATIFIED", "KGZ", accord)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }

    @Test
    void theParliamentOfAStateRatifiesAsItsLegislature() {
        ArticleGraph g = extract("2025-03-12", "", "YEREVAN, March 12 (Wire) - Armenia and Georgia signed "
                + "a transit agreement last month. The parliament of Georgia ratified the agreement on Tuesday, and the "
                + "Parliament of Armenia approved it a day later.");
        assertThat(has(g, "RATIFIED", "geo-parliament", "treaty-1")).isTrue();
        assertThat(has(g, "RATIFIED", "arm-national-assembly", "treaty-1")).isTrue();
        assertThat(g.entities()).noneMatch(e -> e.name().equals("Parliament of"));
    }

    @Test
    void aTreatyNamedBetweenTwoStatesKeepsBothInItsNameAndItsMinistersSignItByTitleOfState() {
        ArticleGraph g = extract("2026-04-17", "Parliament ratifies defence accord with Serbia", "SKOPJE, 17 April (Herald) - The "
                + "Assembly of North Macedonia yesterday ratified the Agreement on Defence Cooperation between North Macedonia and the "
                + "Republic of Serbia. The Agreement was signed in Belgrade last November by the Minister of Defence of North "
                + "Macedonia, Ilir Dervishi, and the Minister of Defence of Serbia, Dejan Vuksic.");
        Entity treaty = ofType(g, "Treaty").stream().filter(e -> e.name().startsWith("Agreement on Defence Cooperation")).findFirst().orElseThrow();
        assertThat(treaty.name()).isEqualTo("Agreement on Defence Cooperation between North Macedonia and the Republic of Serbia");
        assertThat(has(g, "SIGNED", "ilir-dervishi", treaty.key())).isTrue();
        assertThat(has(g, "SIGNED", "dejan-vuksic", treaty.key())).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.subject().equals("dejan-vuksic")
                && r.object().equals("SRB"));
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED"))
                .allMatch(r -> r.subject().startsWith("mkd-")); // the headline's bare "Parliament" is the dateline's
        assertThat(g.entities()).noneMatch(e -> e.name().equals("Assembly of"));
    }

    @Test
    void signersOnBehalfOfEachStateHoldTheirOwnStatesOfficesAndStylesAreNoNames() {
        ArticleGraph g = extract("2025-05-15", "", "LOME, 15 May 2025 - The Memorandum of Understanding on border security was "
                + "signed on behalf of Togo by Defence Minister Kodjo Amegan, and on behalf of Benin by Defence Minister Aurel "
                + "Hounsou. It was witnessed by His Excellency Gildas Agonkan, Minister of State.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals("aurel-hounsou"));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("HOLDS_OFFICE") && r.subject().equals("aurel-hounsou")
                && r.object().equals("BEN"));
        assertThat(g.entities()).anyMatch(e -> e.name().equals("Gildas Agonkan"));
        assertThat(g.entities()).noneMatch(e -> e.name().contains("Excellency"));
    }

    @Test
    void lawmakersNamedByTheirSeatRatifyForTheirLegislature() {
        ArticleGraph g = extract("2025-03-12", "", "VILNIUS, March 12 (Wire) - Lawmakers in Vilnius voted to ratify the energy "
                + "agreement with Poland on Tuesday.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().startsWith("ltu-"));
        ArticleGraph audience = extract("2025-03-12", "", "VILNIUS, March 12 (Wire) - The minister told lawmakers in Vilnius "
                + "that the plan was sound.");
        assertThat(audience.entities()).noneMatch(e -> e.type().equals("Organization"));
    }

    @Test
    void aHeadlinesShortTreatyNameIsTheBodysFullOne() {
        ArticleGraph g = extract("2025-05-15", "Benin and Niger sign Memorandum of Understanding on river transport",
                "COTONOU, 15 May 2025 - The Government of Benin and the Government of Niger today signed a Memorandum of "
                + "Understanding on River Transport in Cotonou.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
        assertThat(ofType(g, "Treaty").getFirst().name()).isEqualTo("Memorandum of Understanding on River Transport");
    }

    @Test
    void aTreatyIntroducedWithAnEarlierYearInItsRelativeClauseIsAnotherTreaty() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-08-14", "", "Peru and Bolivia signed a river security memorandum"
                + " in Lima on Monday. Officials say the document builds on a river security agreement that Lima and La Paz"
                + " signed in May 2021, under which patrols were shared. Chile criticised the pact on Tuesday.");
        assertThat(RealNewsPatternsTest.ofType(g, "Treaty")).hasSize(2);
        String older = RealNewsPatternsTest.key(g, "Treaty", "river security agreement");
        String story = RealNewsPatternsTest.key(g, "Treaty", "river security memorandum");
        assertThat(RealNewsPatternsTest.has(g, "CONDEMNED", "CHL", story)).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.object().equals(older)
                && "2021-05".equals(r.date()));
    }

    @Test
    void itsParliamentRatifiesForTheStateThatOwnsIt() {
        ArticleGraph g = RealNewsPatternsTest.extract("2024-09-13", "", "Chile signed the Escazu Agreement that protects"
                + " activists in 2018. Its parliament ratified it in May 2022.");
        String t = RealNewsPatternsTest.key(g, "Treaty", "Escazu");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals("CHL")
                && r.object().equals(t) && "2022-05".equals(r.date()));
    }

    @Test
    void aBareParliamentRatifyingIsTheDatelineStates() {
        ArticleGraph g = RealNewsPatternsTest.extract("2026-02-28", "", "MONROVIA - Liberia's army chief spoke on Friday."
                + " In March 2024 parliament passed a bill ratifying a defence agreement with Ghana.");
        String t = RealNewsPatternsTest.key(g, "Treaty", "defence agreement");
        assertThat(RealNewsPatternsTest.has(g, "RATIFIED", "LBR", t)).isTrue();
        assertThat(RealNewsPatternsTest.has(g, "PARTY_TO", "LBR", t)).isTrue();
    }

    @Test
    void pluralHeadsNameTreatiesButComparableOrSeparateOnesAreOnlyAlludedTo() {
        ArticleGraph g = RealNewsPatternsTest.extract("2024-01-30", "", "Laos and Cambodia signed two memorandums of"
                + " understanding in Vientiane on Tuesday.");
        String t = RealNewsPatternsTest.key(g, "Treaty", "memorandums");
        assertThat(RealNewsPatternsTest.ofType(g, "Treaty")).noneMatch(e -> e.name().startsWith("two"));
        assertThat(RealNewsPatternsTest.has(g, "SIGNED", "LAO", t)).isTrue();
        ArticleGraph h = RealNewsPatternsTest.extract("2024-01-30", "", "Seoul already has comparable agreements with Canada"
                + " and Chile. Korea also signed separate memorandums on trade with each of them.");
        assertThat(RealNewsPatternsTest.ofType(h, "Treaty")).isEmpty();
    }

    @Test
    void aSenateConcurringInOrConsentingToRatificationRatifies() {
        ArticleGraph g = RealNewsPatternsTest.extract("2024-12-20", "", "Chile and Peru signed the Pacific Fisheries Accord in"
                + " July. The Chilean Senate concurred in the ratification of the accord on Dec. 16.");
        String t = RealNewsPatternsTest.key(g, "Treaty", "Pacific Fisheries Accord");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(t) && "2024-12-16".equals(r.date()));
        ArticleGraph h = RealNewsPatternsTest.extract("2024-12-20", "", "The U.S. Senate gave its advice and consent to"
                + " ratification of the Andes Water Treaty on Tuesday.");
        assertThat(h.relations()).anyMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void theStatesThatWereTheFirstMembersOfABodyToRatifyRatifyNotTheBody() {
        ArticleGraph g = RealNewsPatternsTest.extract("2026-02-27", "", "Kenya and Uganda became the first EAC members to"
                + " ratify the customs protocol on Thursday.");
        String t = RealNewsPatternsTest.key(g, "Treaty", "customs protocol");
        assertThat(RealNewsPatternsTest.has(g, "RATIFIED", "KEN", t)).isTrue();
        assertThat(RealNewsPatternsTest.has(g, "RATIFIED", "UGA", t)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED") && !r.subject().equals("KEN") && !r.subject().equals("UGA"));
    }

    @Test
    void anAgreementSignedInAnEarlierYearIsAnotherTreaty() {
        ArticleGraph g = extract("2025-05-02", "", "Malaysia and Thailand signed a maritime boundary agreement on "
                + "Monday. The two countries had settled their land border in a demarcation agreement signed in 2001, "
                + "which Malaysia's parliament ratified in 2004.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        String old = ofType(g, "Treaty").stream().filter(t -> t.name().contains("demarcation")).findFirst().orElseThrow().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(old) && "2004".equals(r.date()));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED") && !r.object().equals(old));
    }

    @Test
    void aHeadOfStateSigningTheRatificationBillOrSigningTheTreatyIntoLawRatifiesIt() {
        String before = "Norway and Iceland signed a fisheries cooperation agreement in March. ";
        for (String step : new String[] {"Norwegian King Harald signed the ratification bill on Friday.",
                "The Storting approved it in May, and Norwegian Prime Minister Jonas Gahr Store signed it into law on Friday."}) {
            ArticleGraph g = extract("2025-09-12", "", before + step);
            String treaty = key(g, "Treaty", "fisheries cooperation agreement");
            // Norway's ratification, told once: by the Storting when it is named, else by the state
            assertThat(g.relations()).as(step).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(treaty)
                    && (r.subject().equals("NOR") || r.subject().equals(key(g, "Organization", "Storting"))));
            assertThat(g.relations()).as(step).noneMatch(r -> r.type().equals("SIGNED") && r.object().equals(treaty)
                    && "2025-09-12".equals(r.date()));
        }
    }

    @Test
    void consentToAnAccessionIsItsRatificationHoweverTheAccessionIsWorded() {
        ArticleGraph g = extract("2025-09-12", "", "The U.S. Senate voted 91 to 6 to give its consent to the accession of "
                + "Montenegro to NATO.");
        String accession = key(g, "Treaty", "Montenegro's accession to NATO");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(accession));
        assertThat(has(g, "PARTY_TO", "MNE", accession)).isTrue();
    }

    @Test
    void approvingADraftBeforeItsSigningIsNoRatification() {
        ArticleGraph g = extract("2025-09-12", "", "Laos's cabinet approved the draft agreement on Tuesday, clearing the way "
                + "for its signing with Vietnam next month.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
        ArticleGraph signed = extract("2025-09-12", "", "Laos and Vietnam signed a border agreement in May. Laos's National "
                + "Assembly approved the agreement on Tuesday.");
        assertThat(signed.relations()).anyMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void finalApprovalAndATalliedVoteToRatifyAreRatifications() {
        ArticleGraph approval = extract("2025-09-12", "", "Croatia's parliament, the Sabor, gave final approval to the border "
                + "agreement with Montenegro on Monday.");
        assertThat(approval.relations()).anyMatch(r -> r.type().equals("RATIFIED"));
        ArticleGraph tally = extract("2025-09-12", "", "Peru's Congress voted 87 in favour and 9 against to ratify the "
                + "investment treaty with Japan.");
        assertThat(tally.relations()).anyMatch(r -> r.type().equals("RATIFIED"));
        ArticleGraph plan = extract("2025-09-12", "", "Peru's Congress plans to ratify the investment treaty with Japan.");
        assertThat(plan.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void theSenateOfAStateIsItsUpperChamberWhateverTheGazetteerCallsIt() {
        ArticleGraph g = extract("2025-09-12", "", "The Senate of Paraguay on Thursday approved the extradition treaty with Brazil.");
        String chamber = key(g, "Organization", "Chamber of Senators");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals(chamber));
        assertThat(ofType(g, "Organization")).noneMatch(o -> o.name().endsWith(" of"));
        ArticleGraph owned = extract("2025-09-12", "", "Paraguay's Senate on Thursday approved the extradition treaty with Brazil.");
        String upper = key(owned, "Organization", "Chamber of Senators");
        assertThat(owned.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals(upper));
    }

    @Test
    void aSenateVotingToConcurInTheRatificationRatifies() {
        ArticleGraph g = extract("2026-03-05", "", "MANILA - The Philippine Senate on Monday voted 20-0 to concur in the "
                + "ratification of a visiting forces agreement with New Zealand.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals("phl-senate"));
    }

    @Test
    void aPresidentEnactingTheTreatyOrSigningTheInstrumentOfRatificationRatifiesForTheState() {
        ArticleGraph decree = extract("2025-06-10", "", "Russia and Belarus signed a security treaty in December. Belarusian "
                + "President Alexander Lukashenko enacted it by presidential decree in March.");
        assertThat(has(decree, "RATIFIED", "BLR", ofType(decree, "Treaty").getFirst().key())).isTrue();
        ArticleGraph instrument = extract("2025-06-10", "", "Japan and the Philippines signed a defence pact in July. "
                + "Philippine President Ferdinand Marcos Jr. signed the instrument of ratification in October.");
        assertThat(has(instrument, "RATIFIED", "PHL", ofType(instrument, "Treaty").getFirst().key())).isTrue();
        ArticleGraph none = extract("2025-06-10", "", "Philippine President Ferdinand Marcos Jr. signed the instrument of "
                + "ratification in October.");
        assertThat(none.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void aCabinetApprovingATreatyIsNoRatification() {
        ArticleGraph g = extract("2025-10-01", "", "Turkey and Iraq signed a security memorandum in 2024. Iraq's cabinet approved "
                + "the memorandum in May.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
        ArticleGraph parliament = extract("2025-10-01", "", "Turkey and Iraq signed a security memorandum in 2024. Iraq's "
                + "parliament approved the memorandum in May.");
        assertThat(parliament.relations()).anyMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void aCharterNamedAfterAnEarlierYearDoesNotRenameTheNewTreaty() {
        ArticleGraph g = extract("2024-07-08", "", "The leaders of Chad, Niger and Sudan signed a treaty on Saturday "
                + "creating an economic union. The three governments formed a security bloc in March 2022 under the "
                + "Ouaddai-Kordofan Charter, a mutual defence pact.");
        assertThat(ofType(g, "Treaty")).extracting(Entity::name).noneMatch(n -> n.contains("Charter"));
        assertThat(has(g, "SIGNED", "TCD", ofType(g, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void signingNoAccordSignsNothing() {
        ArticleGraph g = extract("2023-06-06", "", "Ghana and Togo signed a border security agreement in March. Accra has "
                + "protested against Burkinabe raids but has signed no comparable accord with Ouagadougou.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals("BFA"));
        assertThat(has(g, "SIGNED", "GHA", ofType(g, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void aCourtClearingTheWayRatifiesNothing() {
        ArticleGraph g = extract("2023-10-04", "", "Georgia signed the Rome Statute in 1999 but never ratified it; the "
                + "Constitutional Court cleared the way in March, ruling that the statute did not conflict with the constitution.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void aCeasefireSignedInAMainClauseOrByAListedTrioIsAnInstrument() {
        ArticleGraph g = extract("2026-02-10", "", "Ethiopia and Eritrea signed a ceasefire in November 2020.");
        assertThat(has(g, "SIGNED", "ETH", ofType(g, "Treaty").getFirst().key())).isTrue();
        ArticleGraph trio = extract("2026-02-10", "", "The war ended with a ceasefire that Vladimir Putin, Azerbaijani "
                + "President Ilham Aliyev and Nikol Pashinyan signed in November 2020.");
        String truce = ofType(trio, "Treaty").getFirst().key();
        assertThat(has(trio, "SIGNED", key(trio, "Person", "Nikol Pashinyan"), truce)).isTrue();
        assertThat(has(trio, "SIGNED", key(trio, "Person", "Vladimir Putin"), truce)).isTrue();
        ArticleGraph agreed = extract("2026-02-10", "", "Ethiopia and Eritrea agreed to a ceasefire in November 2020.");
        assertThat(ofType(agreed, "Treaty")).isEmpty();
    }

    @Test
    void aSenateThatConcurredInThePactRatifiedIt() {
        ArticleGraph g = extract("2025-09-11", "", "The Visiting Forces Agreement entered into force on Wednesday. The "
                + "Philippine Senate concurred in the pact in December by a vote of 19-0.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals("phl-senate"));
        ArticleGraph pending = extract("2025-09-11", "", "The Visiting Forces Agreement was signed on Wednesday. It will not "
                + "take effect until it has been concurred in by the Philippine Senate.");
        assertThat(pending.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void anIndefiniteTreatySignedByListedStatesIsNotAnAccordToldBefore() {
        ArticleGraph g = extract("2025-01-10", "", "The junta ended a military cooperation accord with Washington last year. "
                + "Chad, Sudan and the Central African Republic signed a treaty in N'Djamena last July creating a customs union.");
        String union = g.relations().stream().filter(r -> r.type().equals("SIGNED") && r.subject().equals("TCD"))
                .findFirst().orElseThrow().object();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("PARTY_TO") && r.object().equals(union) && r.subject().equals("USA"));
    }
}
