package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which treaty a headline, a date or a backer belongs to when a story also names older ones, in sentences written for these tests. */
class StoryTreatyPhrasingTest {

    @Test
    void theHeadlinesPactIsTheOneTheStoryOpenedWithNotABackgroundOneNamedLast() {
        ArticleGraph g = extract("2025-03-14", "Ghana, Togo sign border security pact",
                "ACCRA, March 14 - Ghana and Togo signed a border security agreement on Thursday. "
                        + "In 2023, Togo signed a memorandum of understanding with Burkina Faso on intelligence sharing.");
        String story = key(g, "Treaty", "border security agreement");
        assertThat(ofType(g, "Treaty").stream().filter(t -> t.key().equals(story)).findFirst().orElseThrow().aliases())
                .contains("border security pact");
        assertThat(has(g, "PARTY_TO", "GHA", key(g, "Treaty", "memorandum"))).isFalse();
    }

    @Test
    void aHeadlineNamingTheStorysTreatyByAnotherNameWithTheSameHeadNounIsThatTreaty() {
        ArticleGraph g = extract("2024-10-03", "Armenia ratifies ICC statute",
                "YEREVAN - Armenia's parliament voted on Tuesday to ratify the Rome Statute. "
                        + "Russia, Armenia and Azerbaijan signed a ceasefire agreement in November 2020.");
        assertThat(ofType(g, "Treaty")).noneMatch(t -> t.name().equals("ICC statute"));
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().equals("Rome Statute") && t.aliases().contains("ICC statute"));
    }

    @Test
    void aYearAfterSinceAndAnotherTreatyDatesThatTreatyNotTheSigning() {
        ArticleGraph g = extract("2025-06-02", "", "Fiji and Tonga have signed a mutual assistance treaty, the first such "
                + "pact either has joined since the Biketawa Declaration of the Pacific Islands Forum in 2000.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("SIGNED") && r.subject().equals("FJI"))
                .isNotEmpty().allMatch(r -> r.date() == null || !r.date().startsWith("2000"));
    }

    @Test
    void aStateStationedThereSinceAYearKeepsThatYear() {
        ArticleGraph g = extract("2025-06-02", "", "Rwandan troops have been deployed in Mozambique since 2021.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("DEPLOYED_TO") && r.subject().equals("RWA")
                && "2021".equals(r.date()));
    }

    @Test
    void aPresidentWhoBackedATreatySupportsItAndRatifiesNothing() {
        ArticleGraph g = extract("2025-05-10", "", "WARSAW - Poland and Sweden signed the Baltic Shield Treaty on Friday. "
                + "President Karol Nawrocki, who would have to sign the ratification law, has backed the treaty.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void aParliamentThatBackedATreatyStillRatifiesIt() {
        ArticleGraph g = extract("2025-05-10", "", "WARSAW - Poland and Sweden signed the Baltic Shield Treaty in March. "
                + "On Friday the Sejm backed the treaty by 410 votes to 12.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("RATIFIED"));
    }

    @Test
    void rightsGroupsAreOrganisationsNotPeople() {
        ArticleGraph g = extract("2025-05-10", "", "Human Rights Watch and Amnesty International condemned the deportations, "
                + "and Doctors Without Borders said its clinics were full.");
        assertThat(ofType(g, "Organization")).extracting(Entity::name)
                .contains("Human Rights Watch", "Amnesty International", "Medecins Sans Frontieres");
        assertThat(ofType(g, "Person")).isEmpty();
    }

    @Test
    void leadersWhoOversawTheSigningByTheirMinistersDidNotSignIt() {
        ArticleGraph g = extract("2024-04-23", "", "BAGHDAD - Iraq and Turkey signed a water accord on Monday. Turkish President "
                + "Tayyip Erdogan and Iraqi Prime Minister Mohammed Shia al-Sudani oversaw the signing of the accord on water by "
                + "Turkish Foreign Minister Hakan Fidan and his Iraqi counterpart Fuad Hussein.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::subject)
                .contains("hakan-fidan--foreign-minister", "fuad-hussein--foreign-minister")
                .doesNotContain("recep-tayyip-erdogan--president", "mohammed-shia-al-sudani--prime-minister");
    }

    @Test
    void ministersOfTheTwoCountriesNamedAfterACommaAreTheSigners() {
        ArticleGraph g = extract("2024-04-23", "", "BAGHDAD - Iraq and Turkey signed a water accord on Monday. The accord was "
                + "signed in Baghdad by the foreign ministers of the two countries, Turkey's Hakan Fidan and Iraq's Fuad Hussein, "
                + "while the leaders watched.");
        assertThat(g.relations()).filteredOn(r -> r.type().equals("SIGNED")).extracting(Relation::subject)
                .contains("hakan-fidan--foreign-minister", "fuad-hussein--foreign-minister");
    }

    @Test
    void statesThatEachSignedAnAgreementWithAPartnerSignedOneEach() {
        ArticleGraph g = extract("2024-07-01", "", "Sweden and Finland each signed a defence cooperation agreement with the "
                + "United States in December.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        assertThat(ofType(g, "Treaty")).extracting(e -> String.valueOf(new java.util.TreeSet<Object>(
                        (java.util.Collection<?>) e.attrs().get("parties"))))
                .containsExactlyInAnyOrder("[SWE, USA]", "[FIN, USA]");
    }

    @Test
    void statesThatSignedTogetherSignedOneAgreement() {
        ArticleGraph g = extract("2024-07-01", "", "Sweden and Finland signed a defence cooperation agreement with the "
                + "United States in December.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
    }

    @Test
    void aTreatyNameEndsBeforeTheDayOrMonthItWasSignedOn() {
        ArticleGraph g = extract("2025-05-10", "", "Poland and France signed the Treaty of Nancy on Friday, and Spain and Portugal "
                + "signed the Agreement on Maritime Security on May 2.");
        assertThat(ofType(g, "Treaty")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Treaty of Nancy", "Agreement on Maritime Security");
    }

    @Test
    void aSecondTreatyTheSameVerbTakesIsSignedByTheSubjectAndItsOwnPartner() {
        ArticleGraph g = extract("2025-05-10", "", "Greek Prime Minister Kyriakos Mitsotakis signed the Athens Accord with "
                + "then-Egyptian premier Mostafa Madbouly in 2020 and the Nicosia Protocol with Cyprus in 2022.");
        String second = key(g, "Treaty", "Nicosia Protocol");
        assertThat(has(g, "SIGNED", "CYP", second)).isTrue();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.object().equals(second)
                && r.subject().contains("mitsotakis") && "2022".equals(r.date()));
        assertThat(ofType(g, "Treaty").stream().filter(t -> t.key().equals(second)).findFirst().orElseThrow()
                .attrs().get("parties").toString()).doesNotContain("EGY");
    }

    @Test
    void aStateAndARebelMovementOfItsOwnBothSign() {
        ArticleGraph g = extract("2025-08-02", "", "DOHA - Congo's government and the M23 signed a ceasefire agreement in Doha on July 19. "
                + "Congo signed a separate protocol with the M23 on prisoner exchanges a week later.");
        String ceasefire = key(g, "Treaty", "ceasefire agreement");
        assertThat(has(g, "SIGNED", "COD", ceasefire)).isTrue();
        assertThat(has(g, "SIGNED", "m23", ceasefire)).isTrue();
        String protocol = key(g, "Treaty", "protocol");
        assertThat(has(g, "SIGNED", "COD", protocol)).isTrue();
        assertThat(has(g, "SIGNED", "m23", protocol)).isTrue();
    }

    @Test
    void aDeclarationSignedAfterAFrameworkThatWasOnlyPlannedIsAnotherInstrumentNamedWithItsComplement() {
        ArticleGraph g = extract("2025-08-02", "", "The summit was meant to end with the two presidents signing a regional "
                + "economic framework, but it was postponed. Separately, Colombia's government and the ELN signed a declaration "
                + "of principles in Havana on July 19. In 2023, Chad and Niger signed a treaty of friendship and cooperation.");
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().equals("declaration of principles"));
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().equals("treaty of friendship and cooperation"));
        assertThat(ofType(g, "Treaty")).noneMatch(t -> t.name().contains("framework") && t.aliases().stream()
                .anyMatch(a -> a.contains("declaration")));
    }

    @Test
    void aTreatySignedAfterOneCitedByNameIsAnotherTreaty() {
        ArticleGraph g = extract("2025-01-29", "", "Under the Charter of the Andean Community, a member may leave a year "
                + "after it gives notice. Bolivia and Paraguay signed a treaty on river navigation in "
                + "Asuncion on Tuesday.");
        assertThat(ofType(g, "Treaty")).noneMatch(t -> t.name().contains("Charter")
                && g.relations().stream().anyMatch(r -> r.type().equals("SIGNED") && r.object().equals(t.key())));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("PARTY_TO") && r.subject().equals("BOL"));
    }

    @Test
    void aTreatyNamedWithItsOwningStateKeepsThatFormAsAnAlias() {
        ArticleGraph g = extract("2024-01-24", "", "Hungary's parliament ratified Finland's accession protocol on March 27, 2023.");
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.aliases().contains("Finland's accession protocol"));
    }

    @Test
    void aFoundingTreatyKeepsWhatItFoundsAndItsForerunnerIsAnotherTreaty() {
        ArticleGraph g = extract("2025-01-29", "", "Niger's General Abdourahamane Tiani and Mali's Colonel Assimi Goita "
                + "signed a treaty establishing a confederation at their summit in Niamey last July. The alliance grew out "
                + "of the Liptako-Gourma Charter, a defence pact of 2023.");
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().equals("treaty establishing a confederation"));
        String founding = key(g, "Treaty", "treaty establishing a confederation");
        assertThat(has(g, "SIGNED", key(g, "Person", "Assimi Goita"), founding)).isTrue();
    }

    @Test
    void aBareHeadNounMeansTheCurrentTreatyWhenItFitsNotTheLastOneNamedWithIt() {
        ArticleGraph g = extract("2025-04-30", "", "Kenya's parliament ratified a security agreement with Uganda on Tuesday. "
                + "Kenya signed a trade agreement with Tanzania last year. Lawmakers said the security agreement would take "
                + "effect in May. The agreement was signed in Kampala in March by Defence Minister Soipan Tuya.");
        assertThat(has(g, "SIGNED", key(g, "Person", "Soipan Tuya"), key(g, "Treaty", "security agreement"))).isTrue();
    }

    @Test
    void theStateWhoseFirstAllianceSinceAnOlderTreatyItIsIsAPartyOfThatTreatyWhichStaysBackground() {
        ArticleGraph g = extract("2025-10-06", "", "CANBERRA - Australia and Fiji signed a mutual defence treaty on Monday. "
                + "It is Australia's first new alliance since the ANZUS treaty with New Zealand and the United States in 1951. "
                + "The treaty is the second of its kind Anthony Albanese has signed with Pacific neighbours.");
        String anzus = key(g, "Treaty", "ANZUS treaty");
        assertThat(ofType(g, "Treaty").stream().filter(t -> t.key().equals(anzus)).findFirst().orElseThrow().attr("parties"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("AUS", "NZL", "USA");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.object().equals(anzus));
    }

    @Test
    void aMemorandumSignedByMoreStatesThanTheStorysIsAnotherMemorandum() {
        ArticleGraph g = extract("2024-08-16", "", "ANKARA - Turkey and Iraq on Thursday signed a memorandum of understanding "
                + "on security co-operation. In April, Iraq, Turkey, Qatar and the UAE signed a memorandum on a road and rail "
                + "corridor.");
        assertThat(ofType(g, "Treaty")).hasSize(2);
        assertThat(g.relations()).filteredOn(r -> r.type().equals("SIGNED") && r.subject().equals("QAT"))
                .isNotEmpty().noneMatch(r -> g.relations().stream().anyMatch(x -> x.type().equals("SIGNED")
                        && x.subject().equals("TUR") && x.object().equals(r.object()) && x.date() != null && x.date().startsWith("2024-08")));
    }

    @Test
    void theStateWhoseOnlyCommitmentWasAnOlderTreatyIsItsParty() {
        ArticleGraph g = extract("2025-10-06", "", "Until Monday, Canada's only mutual defence commitment was the North "
                + "Atlantic Treaty with the United States and France, signed in 1949.");
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.attr("parties") instanceof java.util.List<?> p && p.contains("CAN"));
    }

    @Test
    void aTreatySignedByLeadersOfOtherStatesIsNotTheStorysTreaty() {
        ArticleGraph g = extract("2025-03-10", "", "SEOUL - About 28,500 U.S. troops are stationed in South Korea under the "
                + "1953 Mutual Defense Treaty between Seoul and Washington. A comprehensive strategic partnership treaty, "
                + "signed by Belarusian President Alexander Lukashenko and Russian President Vladimir Putin in Minsk in June, "
                + "entered into force in December.");
        assertThat(ofType(g, "Treaty")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(g.relations()).filteredOn(r -> r.type().equals("PARTY_TO") && r.subject().equals("BLR"))
                .isNotEmpty().noneMatch(r -> g.relations().stream().anyMatch(x -> x.type().equals("PARTY_TO")
                        && x.subject().equals("KOR") && x.object().equals(r.object())));
    }

    @Test
    void aMemorandumOfUnderstandingKeepsItsFullNameAndABreakawayRegionIsNoParty() {
        ArticleGraph g = extract("2024-08-31", "", "Ethiopia signed a memorandum of understanding with Somaliland in January.");
        assertThat(ofType(g, "Treaty")).anyMatch(t -> t.name().equals("memorandum of understanding")
                && t.attr("parties") instanceof java.util.List<?> p && !p.contains("SOM"));
    }

    @Test
    void aTreatyTheTwoOtherGovernmentsSignedIsAnotherTreaty() {
        ArticleGraph g = extract("2024-02-22", "", "TIRANA - The Albanian parliament on Thursday ratified a migration protocol "
                + "with Italy. The protocol was signed in Rome on November 6 by Edi Rama and Giorgia Meloni. Denmark is pursuing "
                + "a separate plan to send asylum seekers to Kenya, and a treaty the two governments signed in December is still "
                + "awaiting ratification.");
        List<Entity> treaties = ofType(g, "Treaty");
        assertThat(treaties).anyMatch(t -> t.name().contains("protocol"));
        assertThat(g.relations()).noneMatch(r -> r.type().equals("PARTY_TO") && r.subject().equals("DNK")
                && treaties.stream().filter(t -> t.name().contains("protocol")).anyMatch(t -> t.key().equals(r.object())));
        assertThat(g.relations()).anyMatch(r -> r.type().equals("SIGNED") && r.subject().equals("KEN"));
    }

    @Test
    void coordinatedTopicsBothNameTheTreaty() {
        ArticleGraph g = extract("2024-05-29", "", "Moldova became the first country to sign a security and defence partnership "
                + "with the European Union.");
        assertThat(ofType(g, "Treaty")).extracting(Entity::name).contains("security and defence partnership");
    }
}
