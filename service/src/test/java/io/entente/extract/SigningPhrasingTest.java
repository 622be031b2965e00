package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who signed what, in our own words. */
class SigningPhrasingTest {

    @Test
    void bothSignersWhenTheSecondIsNamedInAnAppositionAfterARegionsTitle() {
        ArticleGraph g = extract("2025-04-10", "", "Prime Minister Mark Carney and Greenland's premier, Jens-Frederik "
                + "Nielsen, signed a joint declaration on fisheries in Ottawa.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Mark Carney"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Jens-Frederik Nielsen"), treaty)).isTrue();
    }

    @Test
    void aTreatyNamedAsTheFrameOfAnotherKeepsItsOwnName() {
        ArticleGraph g = extract("2025-04-10", "", "Morocco and Israel signed a joint declaration on direct flights on "
                + "Monday. Officials presented the declaration as part of the logic of the Abraham Accords.");
        assertThat(ofType(g, "Treaty")).filteredOn(t -> t.name().equals("joint declaration")).hasSize(1);
        assertThat(ofType(g, "Treaty")).noneMatch(t -> t.name().equals("Abraham Accords") && "signed".equals(t.attrs().get("status")));
    }

    @Test
    void theTwoGovernmentsAreTheTwoStatesTheSentenceNames() {
        ArticleGraph g = extract("2025-10-14", "", "France and Mali traded accusations again. France recalled its envoy "
                + "and Mali expelled a French diplomat. Malian leader Assimi Goita travelled to Moscow in June, held talks "
                + "with President Vladimir Putin, and the two governments signed an agreement on nuclear energy.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "RUS", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "FRA", treaty)).isFalse();
    }

    @Test
    void adoptingTheLawOnRatificationRatifiesTheStorysTreaty() {
        ArticleGraph g = extract("2025-10-14", "", "Kazakhstan and Kyrgyzstan signed the Treaty on the State Border in "
                + "May. The Jogorku Kenesh of the Kyrgyz Republic adopted the Law on ratification on 25 June.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.object().equals(treaty)
                && "2025-06-25".equals(r.date()));
        ArticleGraph resolution = extract("2025-10-14", "", "Kazakhstan and Kyrgyzstan signed the Treaty on the State "
                + "Border in May. The Security Council adopted a resolution welcoming the treaty.");
        assertThat(resolution.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void theBareNameOfTwoSimilarTreatiesIsTheCurrentOneAndAFollowingLegislatureRatifiesItToo() {
        ArticleGraph g = extract("2025-07-03", "", "The Declaration on Strategic Partnership between Georgia and Russia "
                + "was signed in Moscow in 2020. Georgia and Ukraine are bound by the Declaration on Allied Relations, signed "
                + "in Kyiv in 2021. The Parliament of Georgia ratified the Declaration on 1 February 2022, and the Verkhovna "
                + "Rada of Ukraine followed two days later.");
        String allied = ofType(g, "Treaty").stream().filter(t -> t.name().contains("Allied Relations")).findFirst()
                .orElseThrow().key();
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED")).extracting(Relation::object)
                .containsOnly(allied).hasSize(2);
    }

    @Test
    void aTreatyNamedByAnotherMonthsDateIsASecondTreatyAndAGoodDealIsNone() {
        ArticleGraph g = extract("2025-08-20", "", "Armenian Defence Minister Suren Papikyan and his Greek counterpart "
                + "signed a memorandum on training in Athens on Monday. Its effects may last a good deal longer. Officials "
                + "said Baku had not honoured the February 3 agreement on prisoners. That deal was signed in Abu Dhabi by "
                + "President Ilham Aliyev and Prime Minister Nikol Pashinyan.");
        assertThat(ofType(g, "Treaty")).extracting(Entity::name).contains("February 3 agreement").doesNotContain("good deal");
        String dated = ofType(g, "Treaty").stream().filter(t -> t.name().equals("February 3 agreement")).findFirst()
                .orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Ilham Aliyev"), dated)).isTrue();
    }

    @Test
    void aStateThatAccedesToANamedTreatyIsItsPartyWithoutSigningIt() {
        ArticleGraph g = extract("2025-10-14", "", "North Macedonia joined the alliance in March 2020, when it deposited "
                + "its instrument of accession to the North Atlantic Treaty in Washington. Armenia acceded to the Rome "
                + "Statute in February. Serbia has no plans to accede to the Ottawa Convention.");
        String nato = ofType(g, "Treaty").stream().filter(t -> t.name().equals("North Atlantic Treaty")).findFirst()
                .orElseThrow().key();
        String rome = ofType(g, "Treaty").stream().filter(t -> t.name().equals("Rome Statute")).findFirst()
                .orElseThrow().key();
        assertThat(has(g, "PARTY_TO", "MKD", nato)).isTrue();
        assertThat(has(g, "PARTY_TO", "ARM", rome)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.subject().equals("SRB"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") || r.type().equals("RATIFIED"));
    }

    @Test
    void statesAmongTheSignatoriesAndLeadersWhoFollowedTheFirstSignerSigned() {
        ArticleGraph g = extract("2026-02-12", "", "Kenya's President William Ruto signed the Nairobi Water Treaty on 3 February. "
                + "Ruto signed it first, followed by leaders from a dozen states, among them Uganda's President Yoweri Museveni "
                + "and Tanzania's President Samia Suluhu Hassan. Rwanda and Burundi were also among the founding signatories.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Yoweri Museveni"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Samia Suluhu Hassan"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", "RWA", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "BDI", treaty)).isTrue();
    }

    @Test
    void statesThatMightBeAmongTheSignatoriesHaveNotSigned() {
        ArticleGraph g = extract("2026-02-12", "", "Kenya's President William Ruto signed the Nairobi Water Treaty on 3 February. "
                + "Rwanda could be among the next signatories.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals("RWA"));
    }

    @Test
    void aBodysNameBeforeALowerCaseHeadNamesTheTreaty() {
        ArticleGraph g = extract("2026-02-12", "", "Chile signed the Council of Andes charter in Lima on 4 February.");
        assertThat(ofType(g, "Treaty")).extracting(Entity::name).containsExactly("Council of Andes charter");
        assertThat(has(g, "SIGNED", "CHL", ofType(g, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void officialReleasesNameGovernmentsAndStyledSignersWithLongPortfolios() {
        ArticleGraph g = extract("2025-06-12", "", "The Government of Belize and the Government of the United Kingdom of "
                + "Great Britain and Northern Ireland today signed a Memorandum of Understanding on maritime policing, during the "
                + "visit of the British Foreign Secretary, the Honourable David Lammy. The Memorandum was signed by the Minister "
                + "of Foreign Affairs and Foreign Trade of Belize, the Honourable Francis Fonseca, and Secretary Lammy.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "BLZ", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "GBR", treaty)).isTrue();
        String fonseca = key(g, "Person", "Francis Fonseca");
        assertThat(has(g, "SIGNED", fonseca, treaty)).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", fonseca, "BLZ")).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "David Lammy"), treaty)).isTrue();
        assertThat(has(g, "HOLDS_OFFICE", key(g, "Person", "David Lammy"), "GBR")).isTrue();
    }

    @Test
    void aDenialOfReportsAboutAForeignBaseIsNotADenialOfTheStorysTreaty() {
        ArticleGraph g = extract("2025-06-12", "", "Panama and the United States signed a memorandum on canal security "
                + "in April. The Government of Panama firmly denies reports that the United States plans to open a military "
                + "base on national territory.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "DENIED", "PAN", treaty)).isFalse();
    }

    @Test
    void aCityBeforeALowerCaseHeadNamesTheTreatyAndAnInternationalOfficialSignsForNoState() {
        ArticleGraph g = extract("2025-11-20", "", "On 4 March, Iran's Foreign Minister Abbas Araghchi and Rafael Grossi, "
                + "Director General of the International Atomic Energy Agency, signed an agreement in Doha on inspections. "
                + "By November the Doha agreement was dead.");
        assertThat(ofType(g, "Treaty")).extracting(Entity::name).containsExactly("Doha agreement");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Rafael Grossi"), treaty)).isTrue();
        assertThat(has(g, "PARTY_TO", "IRN", treaty)).isTrue();
        assertThat(has(g, "PARTY_TO", "ARG", treaty)).isFalse();
        ArticleGraph document = extract("2025-11-20", "", "Britain and France signed a declaration on troops for Ukraine. "
                + "Moscow condemned the Paris document as a recipe for war.");
        assertThat(ofType(document, "Treaty")).extracting(Entity::name).doesNotContain("Paris document");
    }

    @Test
    void notRatifyingUntilADateIsRatifyingThenButNotWhenItIsStillAhead() {
        ArticleGraph g = extract("2025-06-12", "", "Helsinki signed the convention in 1997 and did not ratify it until 2011.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED") && r.subject().equals("FIN") && "2011".equals(r.date()));
        ArticleGraph future = extract("2025-06-12", "", "Finland will not ratify the convention until 2030.");
        assertThat(future.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
        ArticleGraph never = extract("2025-06-12", "", "Finland has not ratified the convention.");
        assertThat(never.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void aCoordinatedSubjectOfAnAfterClauseSignsAndIsNoPrepositionsObject() {
        ArticleGraph g = extract("2025-06-01", "", "Trade between the two neighbours grew after Kenya and Tanzania signed a "
                + "border pact in March.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "KEN", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "TZA", treaty)).isTrue();
        ArticleGraph leaders = extract("2025-06-01", "", "Relations warmed after President William Ruto and President Samia "
                + "Suluhu Hassan signed a border pact in March.");
        assertThat(has(leaders, "SIGNED", key(leaders, "Person", "William Ruto"), ofType(leaders, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void aLaterMentionByTheFirstTwoOfThreeNamesIsTheSamePerson() {
        ArticleGraph g = extract("2025-06-01", "", "President Hassan Sheikh Mohamud flew to Cairo on Monday. Hassan Sheikh and "
                + "President Abdel Fattah al-Sisi signed a defence protocol there.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Hassan Sheikh Mohamud"), treaty)).isTrue();
        assertThat(ofType(g, "Person")).hasSize(2);
    }

    @Test
    void bothSignersWhenTheSecondHoldsALongCapitalisedTitleAndAForcesPactIsATreaty() {
        ArticleGraph g = extract("2025-03-10", "", "Defence Minister Ana Ruelas and Chile's Minister of National Defence, "
                + "Tomas Ibarra, signed the Status of Visiting Forces Agreement in Lima on Sunday.");
        assertThat(ofType(g, "Organization")).noneMatch(o -> o.name().contains("Agreement"));
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(ofType(g, "Treaty").getFirst().name()).isEqualTo("Status of Visiting Forces Agreement");
        assertThat(has(g, "SIGNED", key(g, "Person", "Ana Ruelas"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Tomas Ibarra"), treaty)).isTrue();
    }

    @Test
    void aPlaceBeforeACapitalisedHeadNamesTheTreatyAndTheBareHeadFindsIt() {
        ArticleGraph g = extract("2025-03-10", "", "Peru and Chile signed the Geneva Protocol on Fisheries in 2019. "
                + "Bolivia and Paraguay signed the Protocol on River Transport in 2021. The Peruvian Congress ratified the "
                + "Protocol in 2022, months after talks in Geneva.");
        String geneva = ofType(g, "Treaty").stream().filter(t -> t.name().equals("Geneva Protocol on Fisheries"))
                .findFirst().orElseThrow().key();
        String river = ofType(g, "Treaty").stream().filter(t -> t.name().equals("Protocol on River Transport"))
                .findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", "PER", geneva)).isTrue();
        assertThat(has(g, "SIGNED", "BOL", river)).isTrue();
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED") && r.object().equals(geneva));
        assertThat(has(g, "RATIFIED", key(g, "Organization", "Congress of the Republic"), river)).isTrue();
        assertThat(ofType(g, "Location")).anyMatch(l -> l.name().equals("Geneva")); // also named on its own
    }

    @Test
    void aPlaceNamedOnlyInsideATreatysNameIsNoLocationOfTheStory() {
        ArticleGraph g = extract("2025-03-10", "", "The Lusaka Agreement of July 1999, signed by Angola and Namibia, set up a joint commission.");
        assertThat(ofType(g, "Treaty").getFirst().name()).isEqualTo("Lusaka Agreement");
        assertThat(ofType(g, "Location")).noneMatch(l -> l.name().equals("Lusaka"));
        assertThat(has(g, "SIGNED", "AGO", ofType(g, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void aTermsEndIsNoSigningDate() {
        ArticleGraph g = extract("2025-01-16", "", "The lease of the Russian naval station in Tartus was extended to 2066 "
                + "by a protocol signed in Damascus in January 2017 by the two defence ministers, Sergei Shoigu and Fahd Jassem al-Freij.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("SIGNED")).hasSize(2)
                .allMatch(r -> "2017-01".equals(r.date()));

        ArticleGraph late = extract("2025-01-16", "", "Peru and Chile signed the treaty in 2010, but the Peruvian Congress "
                + "did not ratify it until 2012.");
        assertThat(late.relations()).filteredOn(r -> r.type().equals("RATIFIED")).hasSize(1)
                .allMatch(r -> "2012".equals(r.date())); // a negated "until" dates the act itself
    }

    @Test
    void aPassiveApprovalByTwoParliamentsRatifiesForBoth() {
        ArticleGraph g = extract("2025-05-01", "", "Qatar and Bahrain signed a fisheries agreement. It was signed by the two "
                + "governments in 2019 and approved the following year by Bahrain's Council of Representatives, as Law No. 7 "
                + "of 2020, and by Qatar's Shura Council.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(g.relations()).filteredOn(r -> r.type().equals("RATIFIED") && r.object().equals(treaty)).hasSize(2)
                .allMatch(r -> "2020".equals(r.date()));
    }

    @Test
    void aPersonAStateSignedAnEarlierAgreementWithSignedItToo() {
        ArticleGraph g = extract("2026-01-20", "", "HANOI, Jan 20 (Test Wire) - The pact extends the Maritime Cooperation Agreement that "
                + "Vietnam's defence minister Phan Van Giang signed with Philippine Defence Secretary Gilberto Teodoro in Manila in "
                + "2024. It also follows similar deals that Hanoi has concluded with Japan and India.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().contains("teodoro"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals("JPN"));
    }

    @Test
    void aDocumentSignedInTwoStepsHasBothAgents() {
        ArticleGraph g = extract("2026-04-10", "", "ACCRA, April 10 (Test Wire) - The defence accord between Ghana and Turkey was "
                + "signed in two stages: by the Ghanaian government in Accra on March 2, and by Turkish Defence Minister Yasar Guler "
                + "in Ankara on March 9.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && (r.subject().equals("GHA") || r.subject().contains("ghan")));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().contains("guler"));
    }

    @Test
    void leadersListedAlongsideTheOneWhoPutHisNameToADeclarationSignItToo() {
        ArticleGraph g = extract("2025-10-14", "", "Leaders gathered in Aqaba on Monday. Jordanian King Abdullah put his name to the"
                + " declaration alongside Egyptian President Abdel Fattah al-Sisi and Iraqi Prime Minister Mohammed Shia al-Sudani,"
                + " whose governments drafted it.");
        String t = key(g, "Treaty", "declaration");
        assertThat(has(g, "SIGNED", key(g, "Person", "Abdullah"), t)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Sisi"), t)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Sudani"), t)).isTrue();
        assertThat(has(g, "PARTY_TO", "IRQ", t)).isTrue();
    }

    @Test
    void aCapitalBeforeDealNamesTheTreatyTheStoryLaterGivesItsProperName() {
        ArticleGraph g = extract("2025-10-14", "", "Officials in Kinshasa accused Rwanda of breaching the Doha deal \"barely a week"
                + " after Paul Kagame put his name to it\". Presidents Felix Tshisekedi and Paul Kagame signed the Doha Accords"
                + " last Thursday.");
        assertThat(ofType(g, "Treaty")).extracting(e -> e.name()).containsExactly("Doha Accords");
        assertThat(g.entities()).noneMatch(e -> e.key().equals("QAT"));
    }

    @Test
    void theDealADeclarationSupportsIsNotTheDeclaration() {
        ArticleGraph g = extract("2025-10-14", "", "Four leaders signed a declaration in Cairo on Monday meant to support the truce."
                + " Under the first phase of the deal, which the Israeli cabinet approved last week, Israeli troops pulled back.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("PARTY_TO") && r.subject().equals("ISR")
                && ofType(g, "Treaty").stream().anyMatch(e -> e.key().equals(r.object()) && e.name().equals("declaration")));
    }

    @Test
    void aFullNamePairedWithAKnownSignerIsASignerToo() {
        ArticleGraph g = extract("2025-07-11", "", "The 2019 border pact, signed by Emmanuel Macron and Lars Holmberg when they met"
                + " in Oslo, is under review.");
        String t = key(g, "Treaty", "border pact");
        assertThat(has(g, "SIGNED", key(g, "Person", "Lars Holmberg"), t)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Macron"), t)).isTrue();
    }

    @Test
    void sealingAMemorandumSignsItAndNeitherIsNoName() {
        ArticleGraph g = extract("2024-01-30", "", "Defence Minister Ana Lopes of Angola and Portuguese Ambassador Rui Costa sealed a"
                + " memorandum on maritime security in Luanda on Monday. Neither text has been made public.");
        String t = key(g, "Treaty", "memorandum");
        assertThat(has(g, "SIGNED", key(g, "Person", "Rui Costa"), t)).isTrue();
        assertThat(ofType(g, "Treaty")).noneMatch(e -> e.name().startsWith("Neither"));
    }

    @Test
    void everyStateListedAfterWithSignsAlongside() {
        ArticleGraph g = extract("2025-07-10", "", "ABUJA - Nigeria's Senate voted to ratify the treaty. Nigeria signed it "
                + "with Benin and Togo in Lome on July 6.");
        assertThat(has(g, "SIGNED", "NGA", key(g, "Treaty", "treaty"))).isTrue();
        assertThat(has(g, "SIGNED", "BEN", key(g, "Treaty", "treaty"))).isTrue();
        assertThat(has(g, "SIGNED", "TGO", key(g, "Treaty", "treaty"))).isTrue();
    }

    @Test
    void theStateBeforeSinceItSignedIsTheSigner() {
        ArticleGraph g = extract("2025-10-06", "", "It is Canada's first new defence treaty since it signed the North "
                + "Atlantic Treaty with the United States and France in 1949.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals("CAN"));
    }

    @Test
    void aJointCommuniqueTheLeadersSignedIsAnInstrumentButOneMerelyIssuedIsNot() {
        ArticleGraph g = extract("2025-10-06", "", "Prime Ministers Christopher Luxon and Sitiveni Rabuka signed a joint "
                + "communique in September.");
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().equals("joint communique"));
        ArticleGraph issued = extract("2025-10-06", "", "The African Union issued a communique on Tuesday.");
        assertThat(ofType(issued, "Treaty")).isEmpty();
    }

    @Test
    void signersKeepTheirListPastAThenAside() {
        ArticleGraph g = extract("2024-12-17", "", "Defense Secretary Gilberto Teodoro Jr. and Yoko Kamikawa, then Japan's foreign "
                + "minister, signed the Reciprocal Access Agreement in Manila on July 8.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", "Yoko Kamikawa")));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", "Gilberto Teodoro")));
    }

    @Test
    void aListOfPresidentsTitledWithTheirRepublicsAllSign() {
        ArticleGraph g = extract("2025-03-31", "", "President of the Kyrgyz Republic Sadyr Japarov, President of the Republic of "
                + "Tajikistan Emomali Rahmon and President of the Republic of Uzbekistan Shavkat Mirziyoyev today signed the Treaty "
                + "on the Junction Point of the State Borders.");
        for (String name : List.of("Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev")) {
            assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals(key(g, "Person", name)));
        }
    }

    @Test
    void aQuantifiedAsideBetweenTheSignersAndTheVerbIsSkipped() {
        ArticleGraph g = extract("2024-04-12", "", "BAMAKO, April 12 (Wire) - Guinea, Mali and Niger, all governed by military "
                + "officers since their coups, signed a mutual defence pact last September.");
        assertThat(g.relations().stream().filter(r -> r.type().equals("SIGNED")).map(Relation::subject))
                .contains("GIN", "MLI", "NER");
    }
}
