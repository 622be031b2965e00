package io.entente.extract;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One small article of our own per tricky case; each asserts what the extractor must (not) emit. */
class RuleExtractorTest {

    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    private static ArticleGraph extract(String text) {
        return EXTRACTOR.extract(new Article("t", "", text, "2024-10-24", null, null));
    }

    private static List<Entity> ofType(ArticleGraph g, String type) {
        return g.entities().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static List<Relation> rel(ArticleGraph g, String type) {
        return g.relations().stream().filter(r -> r.type().equals(type)).toList();
    }

    private static boolean has(ArticleGraph g, String type, String subject, String object) {
        return rel(g, type).stream().anyMatch(r -> r.subject().equals(subject) && r.object().equals(object));
    }

    private static String personKey(ArticleGraph g, String surname) {
        return ofType(g, "Person").stream().filter(p -> p.name().contains(surname) || p.aliases().contains(surname))
                .map(Entity::key).findFirst().orElseThrow();
    }

    @Test
    void capitalsAndSeatsOfPowerAreTheirCountriesNotLocations() {
        ArticleGraph g = extract("Moscow and Pyongyang deepened their ties this year. The Kremlin rejected the criticism.");
        assertThat(ofType(g, "Country")).extracting(Entity::key).contains("RUS", "PRK");
        assertThat(ofType(g, "Location")).isEmpty();
    }

    @Test
    void nationalityAdjectiveGivesCountryAndPersonOffice() {
        ArticleGraph g = extract("Polish President Andrzej Duda arrived for a two-day visit.");
        assertThat(ofType(g, "Country")).extracting(Entity::key).containsExactly("POL");
        Entity duda = ofType(g, "Person").getFirst();
        assertThat(duda.name()).isEqualTo("Andrzej Duda");
        assertThat(duda.attr("country")).isEqualTo("POL");
        assertThat(has(g, "HOLDS_OFFICE", duda.key(), "POL")).isTrue();
    }

    @Test
    void theNorthMeansTheNorthernHalfAlreadyNamed() {
        ArticleGraph g = extract("South Korea and North Korea traded accusations. Seoul said the North's troop deployment "
                + "to Russia was a provocation. Officials in Seoul said North Korea has sent 2,000 troops to Russia.");
        assertThat(has(g, "DEPLOYED_TO", "PRK", "RUS")).isTrue();
        assertThat(ofType(g, "TroopDeployment")).hasSize(1);
    }

    @Test
    void surnameAndSpellingVariantsCorefer() {
        ArticleGraph g = extract("Ukrainian President Volodymyr Zelensky met reporters in the capital. "
                + "Later, Zelenskiy said the talks had been useful. Zelensky also thanked his allies.");
        assertThat(ofType(g, "Person")).hasSize(1);
        assertThat(ofType(g, "Person").getFirst().attr("country")).isEqualTo("UKR");
    }

    @Test
    void treatyAnaphoraResolvesToOneTreatyWithBothParties() {
        ArticleGraph g = extract("Japan signed a reciprocal access agreement with the Philippines on Monday. "
                + "The pact lets troops of each country train in the other. China criticised the agreement.");
        assertThat(ofType(g, "Treaty")).hasSize(1);
        Entity t = ofType(g, "Treaty").getFirst();
        assertThat(t.attr("parties")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("JPN", "PHL");
        assertThat(has(g, "SIGNED", "JPN", t.key())).isTrue();
        assertThat(has(g, "CONDEMNED", "CHN", t.key())).isTrue();
    }

    @Test
    void ratificationCountsButPendingEndorsementDoesNot() {
        ArticleGraph g = extract("Hungary's parliament ratified the accession treaty with Sweden on Monday by 188 votes to 6. "
                + "In Finland, the treaty will be sent to the president for endorsement. "
                + "Lawmakers in Austria are expected to ratify the treaty next month.");
        assertThat(rel(g, "RATIFIED")).hasSize(1);
        assertThat(rel(g, "RATIFIED").getFirst().date()).isEqualTo("2024-10-21");
    }

    @Test
    void voteToEndorseIsARatificationWithItsVote() {
        ArticleGraph g = extract("Russia and Belarus signed a security treaty in May. "
                + "On Thursday Russia's parliament voted 400-0 to endorse the treaty.");
        Relation r = rel(g, "RATIFIED").getFirst();
        assertThat(r.attrs()).containsEntry("vote", "400-0");
    }

    @Test
    void deploymentWithCountAndLocation() {
        ArticleGraph g = extract("Russia has deployed 1,200 troops to Belarus, the ministry said. "
                + "The soldiers arrived in Brest, a Belarusian border city, on Sunday.");
        Entity d = ofType(g, "TroopDeployment").getFirst();
        assertThat(d.attr("from")).isEqualTo("RUS");
        assertThat(d.attr("to")).isEqualTo("BLR");
        assertThat(d.attr("troops")).isEqualTo(1200);
        Relation r = rel(g, "DEPLOYED_TO").getFirst();
        assertThat(r.attrs()).containsEntry("troops", 1200);
    }

    @Test
    void vagueCountsCarryNoTroopNumber() {
        ArticleGraph g = extract("Iran has sent hundreds of troops to Syria, according to Israel.");
        assertThat(ofType(g, "TroopDeployment")).hasSize(1);
        assertThat(ofType(g, "TroopDeployment").getFirst().attrs()).doesNotContainKey("troops");
    }

    @Test
    void claimIsReportedAndDenialIsDenied() {
        ArticleGraph g = extract("The United States claimed Iran deployed 500 troops to Syria. "
                + "Tehran denied the deployment, calling the reports fake.");
        String d = ofType(g, "TroopDeployment").getFirst().key();
        assertThat(has(g, "REPORTED", "USA", d)).isTrue();
        assertThat(has(g, "DENIED", "IRN", d)).isTrue();
        assertThat(rel(g, "DEPLOYED_TO").getFirst().claimStatus()).isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void negatedDenialIsNoDenial() {
        ArticleGraph g = extract("The United States said Iran deployed 500 troops to Syria. "
                + "Iran's foreign minister did not deny that Iranian troops were in Syria.");
        assertThat(rel(g, "DENIED")).isEmpty();
    }

    @Test
    void conditionalsAndPlansAreNotRelations() {
        ArticleGraph g = extract("Indonesia could send troops to Lebanon if the UN approves. "
                + "France plans to sign a defence pact with India next year.");
        assertThat(rel(g, "DEPLOYED_TO")).isEmpty();
        assertThat(rel(g, "SIGNED")).isEmpty();
    }

    @Test
    void aidUnderConsiderationIsConsidered() {
        ArticleGraph g = extract("Seoul is considering sending military aid to Ukraine, officials said.");
        Relation r = rel(g, "AIDED").getFirst();
        assertThat(r.subject()).isEqualTo("KOR");
        assertThat(r.object()).isEqualTo("UKR");
        assertThat(r.attrs()).containsEntry("status", "considered");
    }

    @Test
    void withdrawalIsNoDeployment() {
        ArticleGraph g = extract("France began withdrawing its 1,500 troops from Niger on Friday.");
        assertThat(rel(g, "DEPLOYED_TO")).isEmpty();
    }

    @Test
    void bodyOfCountryAndSpeakerWithOffice() {
        ArticleGraph g = extract("The lower house of Russia's parliament ratified the treaty with North Korea. "
                + "State Duma speaker Vyacheslav Volodin said the vote was unanimous.");
        String volodin = personKey(g, "Volodin");
        assertThat(rel(g, "HOLDS_OFFICE")).anyMatch(r -> r.subject().equals(volodin));
        assertThat(rel(g, "RATIFIED")).hasSize(1);
    }

    @Test
    void evidenceCitesTheSentenceByOffsets() {
        String text = "Filler sentence here. Japan signed a defence pact with Australia on Monday.";
        ArticleGraph g = extract(text);
        Evidence e = rel(g, "SIGNED").getFirst().evidence();
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence());
        assertThat(e.extractor()).isEqualTo("rules");
        assertThat(e.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void hostileInputYieldsAGraphNotAnException() {
        Random random = new Random(7);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        assertThat(extract("").entities()).isEmpty();
        assertThat(extract("<html><body><p>Russia</p><script>x()</script></body></html>").entities()).isNotNull();
        assertThat(extract(noise.toString()).relations()).isNotNull();
        assertThat(extract("Der Bundestag hat den Vertrag am Donnerstag ratifiziert.").relations()).isEmpty();
        assertThat(extract("A".repeat(50_000) + " " + "President ".repeat(5_000)).relations()).isEmpty();
    }

    @Test
    void oversizedArticlesAreRefused() {
        String huge = "a ".repeat(RuleExtractor.MAX_TEXT_CHARS);
        assertThatThrownBy(() -> extract(huge)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }
}
