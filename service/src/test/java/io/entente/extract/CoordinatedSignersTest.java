package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signers listed with appositions around "and", and communiques that set up relations; in our own words. */
class CoordinatedSignersTest {

    @Test
    void bothSignWhenEachHasAnApposition() {
        ArticleGraph g = extract("2024-05-02", "", "Ghana's foreign minister, Kofi Mensah Boateng, and his Peruvian "
                + "counterpart, Lucia Arana Soto, met for talks and then signed an agreement on fisheries in Accra.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Kofi Mensah Boateng"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Lucia Arana Soto"), treaty)).isTrue();
    }

    @Test
    void theFirstSignerKeepsHisPlaceAcrossARoleAppositionBeforeAnd() {
        ArticleGraph g = extract("2024-05-02", "", "Kofi Mensah Boateng, Ghana's foreign minister, and his counterpart "
                + "Lucia Arana Soto signed an agreement on fisheries in Accra on Tuesday.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Kofi Mensah Boateng"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Lucia Arana Soto"), treaty)).isTrue();
    }

    @Test
    void aCommuniqueSettingUpDiplomaticTiesIsAnInstrumentBetweenTheStates() {
        ArticleGraph g = extract("2024-05-02", "", "Bhutan's foreign minister, Karma Wangdi Tshering, and his Fijian "
                + "counterpart, Ratu Sefa Nailatikau, signed a joint communique establishing diplomatic relations on Monday.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Karma Wangdi Tshering"), treaty)).isTrue();
        assertThat(has(g, "PARTY_TO", "FJI", treaty)).isTrue();
    }

    @Test
    void anOrdinaryCommuniqueIsAStatementNotATreaty() {
        ArticleGraph g = extract("2024-05-02", "", "Kenya and Ethiopia signed a memorandum on grazing rights on Monday. "
                + "An African Union communique signed by its commission chair welcomed the step.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
        assertThat(ofType(g, "Treaty").getFirst().name()).contains("memorandum");
    }

    @Test
    void theTwoLeadersWhoSignAreTheTwoLeadersNamedLast() {
        ArticleGraph g = extract("2024-05-02", "", "Norwegian Prime Minister Jonas Gahr Store welcomed Polish President "
                + "Andrzej Duda in Oslo on Thursday. During the visit the two leaders signed a letter of intent on "
                + "submarine cooperation.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Jonas Gahr Store"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Andrzej Duda"), treaty)).isTrue();
    }

    @Test
    void passiveSignersEndWhereAnAdjectiveOpensTheNextClause() {
        ArticleGraph g = extract("2025-01-10", "", "Under a 1994 accord signed by Ankara and Baku on the status of "
                + "Turkish advisers, Turkish engineers still maintain depots near the borders with Iran and Georgia.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "TUR", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "AZE", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "IRN", treaty)).isFalse();
        assertThat(has(g, "SIGNED", "GEO", treaty)).isFalse();
    }

    @Test
    void aTreatyNamedAfterAThirdStatesCityIsNotANameForAnOldAgreement() {
        ArticleGraph g = extract("2025-01-10", "", "Chile and Bolivia signed an agreement on water rights in 1998. "
                + "Bolivia's parliament ratified the Rome Statute in 2002, and the agreement still governs the river.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        String rome = ofType(g, "Treaty").stream().filter(t -> t.name().contains("Rome")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", "CHL", rome)).isFalse();
    }

    @Test
    void signedByTheTwoGovernmentsIsSignedByTheTreatysTwoStates() {
        ArticleGraph g = extract("2025-05-02", "", "Peru's congress will vote next week on a fisheries deal with Ecuador. "
                + "The agreement, negotiated for a decade and signed by the two governments in 2023, fixes catch limits.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "PER", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "ECU", treaty)).isTrue();
    }

    @Test
    void aPairOfStatesAfterAPassiveVerbsPlaceAndTimeSignsForBoth() {
        ArticleGraph g = extract("2025-09-12", "", "A fisheries agreement between Chile and Argentina "
                + "was signed in Santiago last week by the two countries' foreign ministers.");
        String treaty = key(g, "Treaty", "fisheries agreement");
        assertThat(has(g, "SIGNED", "CHL", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "ARG", treaty)).isTrue();
    }

    @Test
    void aKnownLeadersBareSurnameAfterAPluralTitleSigns() {
        ArticleGraph g = extract("2025-09-12", "", "Iran and Russia finalised a cooperation treaty, which Presidents "
                + "Pezeshkian and Putin signed in Moscow in January.");
        String treaty = key(g, "Treaty", "cooperation treaty");
        assertThat(has(g, "SIGNED", key(g, "Person", "Vladimir Putin"), treaty)).isTrue();
        ArticleGraph longer = extract("2025-09-12", "", "Senate President Francis Escudero said the chamber would vote.");
        assertThat(ofType(longer, "Person")).extracting(Entity::name).containsExactly("Francis Escudero");
    }

    @Test
    void leadersInAWithClauseAfterTheSigningSignToo() {
        ArticleGraph g = extract("2025-09-12", "", "Ukraine and Norway signed a security agreement on Friday, with Norwegian "
                + "Prime Minister Jonas Gahr Store and Ukrainian President Volodymyr Zelensky putting pen to paper in Kyiv.");
        String treaty = key(g, "Treaty", "security agreement");
        assertThat(has(g, "SIGNED", key(g, "Person", "Volodymyr Zelensky"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", "NOR", treaty)).isTrue();
    }

    @Test
    void everyoneAfterWithInARelativeSigningSignsAndATruceSignedIsATreaty() {
        ArticleGraph g = extract("2025-03-14", "", "The peacekeepers were sent under the ceasefire that Armenian Prime Minister "
                + "Nikol Pashinyan signed with Russian President Vladimir Putin and Azerbaijan's President Ilham Aliyev in November 2020.");
        String truce = ofType(g, "Treaty").getFirst().key();
        for (String name : new String[] {"Nikol Pashinyan", "Vladimir Putin", "Ilham Aliyev"}) {
            assertThat(has(g, "SIGNED", key(g, "Person", name), truce)).as(name).isTrue();
        }
        ArticleGraph states = extract("2025-03-14", "", "The ceasefire agreement that Armenia signed with Azerbaijan in "
                + "November 2020 ended the war.");
        assertThat(has(states, "SIGNED", "AZE", ofType(states, "Treaty").getFirst().key())).isTrue();
    }

    @Test
    void dealsConcludedWithOthersAndTrucesOnlyAgreedDoNotJoinTheStorysTreaty() {
        ArticleGraph g = extract("2025-03-14", "", "Poland and Ukraine signed a bilateral security agreement in Warsaw on "
                + "Monday. The accord follows similar deals that Kyiv has concluded with Britain, France and Germany.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals("GBR"));
        ArticleGraph agreed = extract("2025-03-14", "", "Kenya and Somalia signed a defence pact on Monday. Sudan's warring "
                + "parties agreed to a ceasefire the same day.");
        assertThat(ofType(agreed, "Treaty")).hasSize(1);
        ArticleGraph plural = extract("2025-03-14", "", "The act approves the agreements Washington concluded last year with "
                + "Micronesia, Palau and the Marshall Islands.");
        assertThat(plural.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals("PLW"));
    }

    @Test
    void aSecondSignerAfterAnAppositionAndAPartnerAfterPlaceAndTimeSign() {
        ArticleGraph g = extract("2025-07-10", "", "The agreement was signed in Mogadishu in March by Soipan Tuya, Kenya's "
                + "defence cabinet secretary, and her Somali counterpart, Defence Minister Abdulkadir Mohamed Nur.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Abdulkadir Mohamed Nur"), treaty)).isTrue();
        ArticleGraph with = extract("2025-09-18", "", "Peru signed the memorandum in Washington in August with Elbridge Colby, "
                + "the US under secretary of defense for policy.");
        String colby = key(with, "Person", "Elbridge Colby");
        assertThat(has(with, "SIGNED", colby, ofType(with, "Treaty").getFirst().key())).isTrue();
        assertThat(has(with, "HOLDS_OFFICE", colby, "USA")).isTrue();
    }

    @Test
    void aPartnerDescribedThenNamedInAppositionIsThePersonWhoSigns() {
        ArticleGraph g = extract("2024-05-11", "", "In March, Maldivian Defence Minister Ghassan Maumoon signed an agreement with a "
                + "senior Chinese military officer, Major General Zhang Baoqun, under which Beijing will provide equipment.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Zhang Baoqun"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", "CHN", treaty)).isFalse();
    }

    @Test
    void theSidesAfterBetweenSignATreatySignedBetweenThem() {
        ArticleGraph g = extract("2025-06-10", "", "The agreement signed last year between Kenya and Haiti allows the deployment.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", "KEN", treaty)).isTrue();
        assertThat(has(g, "SIGNED", "HTI", treaty)).isTrue();
        ArticleGraph region = extract("2025-06-10", "", "Somalia rejects the memorandum of understanding signed in January "
                + "between Ethiopia and the breakaway administration in Hargeisa.");
        assertThat(has(region, "SIGNED", "ETH", ofType(region, "Treaty").getFirst().key())).isTrue();
        ArticleGraph talks = extract("2025-06-10", "", "The agreement signed last year allows talks between Kenya and Haiti.");
        assertThat(talks.relations()).noneMatch(r -> r.type().equals("SIGNED"));
    }

    @Test
    void signersAfterAPlaceDescribedInLowerCaseAndACapitalisedOfNameStayWhole() {
        ArticleGraph g = extract("2025-09-18", "", "The agreement was signed in the border city of Cucuta by Colombian Foreign "
                + "Minister Rosa Villavicencio and her Venezuelan counterpart Yvan Gil.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Rosa Villavicencio"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Yvan Gil"), treaty)).isTrue();
        ArticleGraph named = extract("2025-07-04", "", "The Cessation of Hostilities Agreement, signed in Pretoria by Ethiopia "
                + "and the TPLF, ended the war.");
        assertThat(ofType(named, "Treaty").getFirst().name()).isEqualTo("Cessation of Hostilities Agreement");
    }

    @Test
    void aSerialCommaKeepsEveryListedSigner() {
        ArticleGraph g = extract("2024-05-02", "", "Senegal, Gambia, and Guinea-Bissau signed a protocol on shared river "
                + "basins in Dakar on Tuesday. Foreign Minister Kofi Mensah Boateng, Defence Minister Lucia Arana Soto, "
                + "and Trade Minister Tomas Elvira Quispe signed an accord on fisheries in Lima on Friday.");
        String basins = ofType(g, "Treaty").stream().filter(t -> t.name().contains("protocol")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", "SEN", basins) && has(g, "SIGNED", "GMB", basins) && has(g, "SIGNED", "GNB", basins)).isTrue();
        String fish = ofType(g, "Treaty").stream().filter(t -> !t.key().equals(basins)).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Kofi Mensah Boateng"), fish)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Lucia Arana Soto"), fish)).isTrue();
    }

    @Test
    void aFirstSignerInAppositionIsKeptBeforeAPlainSecondName() {
        ArticleGraph g = extract("2024-05-02", "", "Ghana's foreign minister, Kofi Mensah Boateng, and Lucia Arana Soto "
                + "signed an agreement on fisheries in Accra on Tuesday.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Kofi Mensah Boateng"), treaty)).isTrue();
    }

    @Test
    void aCommaBeforeAndThatJoinsClausesDoesNotMakeASigner() {
        ArticleGraph g = extract("2024-05-02", "", "Russian instructors operate in Mali, and Moscow has signed defence "
                + "agreements with several governments in the region.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.subject().equals("MLI"));
    }

    @Test
    void signersNamedWithTheirStatesAfterOfAllSign() {
        ArticleGraph g = extract("2024-07-02", "", "Foreign ministers Sergei Lavrov of Russia and Wang Yi of China "
                + "signed a visa agreement in Beijing last Friday.");
        String treaty = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Sergei Lavrov"), treaty)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Wang Yi"), treaty)).isTrue();
    }

    @Test
    void theTwoMinistersWhoHadAlreadySignedAreTheTwoNamedBefore() {
        ArticleGraph g = extract("2025-06-28", "", "Foreign ministers Sergei Lavrov and Wang Yi signed a visa agreement on "
                + "Friday. The two ministers had already signed a declaration of principles in Beijing in April.");
        String declaration = ofType(g, "Treaty").stream().filter(t -> t.name().contains("declaration")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Sergei Lavrov"), declaration)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Wang Yi"), declaration)).isTrue();
    }

    @Test
    void aSignerTitledByATerritoryKeepsTheOneBeforeHim() {
        ArticleGraph g = extract("2025-03-02", "", "Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Abdirahman "
                + "Irro signed a port memorandum in Hargeisa on Saturday.");
        String memorandum = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Abiy Ahmed"), memorandum)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Abdirahman Irro"), memorandum)).isTrue();
    }

    @Test
    void subjectsOfASubordinateClauseKeepTheirPlaceAcrossARoleAppositionOpenedByThe() {
        ArticleGraph g = extract("2025-03-02", "", "The vote comes a month after Ethiopian Prime Minister Abiy Ahmed and "
                + "Abdirahman Irro, the leader of the breakaway region of Somaliland, signed a port memorandum in Hargeisa.");
        String memorandum = ofType(g, "Treaty").getFirst().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Abiy Ahmed"), memorandum)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Abdirahman Irro"), memorandum)).isTrue();
    }

    @Test
    void theThreeGovernmentsAreTheStorysThreeStatesAndAnAppositivePactIsTheNamedOne() {
        ArticleGraph g = extract("2025-03-02", "", "Mali, Burkina Faso and Niger left ECOWAS in January. The alliance "
                + "grew out of the Liptako-Gourma Charter, a mutual defence pact that the three governments signed in "
                + "September 2023.");
        assertThat(ofType(g, "Treaty")).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Liptako-Gourma Charter"));
        String charter = ofType(g, "Treaty").getFirst().key();
        for (String state : new String[] {"MLI", "BFA", "NER"}) {
            assertThat(has(g, "SIGNED", state, charter)).as(state).isTrue();
        }
    }

    @Test
    void theLeadersListedAfterAGroupNounSignTheProtocolNotTheCharterItBuildsOn() {
        ArticleGraph g = extract("2025-03-12", "", "The protocol to the Alliance of Sahel States, which builds on the "
                + "Liptako-Gourma Charter of 2023, was signed at the first summit of the three states by their heads of "
                + "state, Captain Ibrahim Traore of Burkina Faso, General Assimi Goita of Mali and General Abdourahamane "
                + "Tiani of Niger.");
        String protocol = ofType(g, "Treaty").stream().filter(t -> t.name().contains("protocol")).findFirst().orElseThrow().key();
        assertThat(has(g, "SIGNED", key(g, "Person", "Assimi Goita"), protocol)).isTrue();
        assertThat(has(g, "SIGNED", key(g, "Person", "Ibrahim Traore"), protocol)).isTrue();
        assertThat(ofType(g, "Treaty")).noneMatch(t -> t.name().contains("Charter") && !t.key().equals(protocol)
                && g.relations().stream().anyMatch(r -> r.type().equals("SIGNED") && r.object().equals(t.key())));
    }
}
