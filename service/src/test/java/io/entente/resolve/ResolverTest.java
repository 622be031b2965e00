package io.entente.resolve;

import io.entente.extract.ArticleGraph;
import io.entente.extract.ClaimStatus;
import io.entente.extract.Entity;
import io.entente.extract.Evidence;
import io.entente.extract.Relation;
import io.entente.resolve.GraphSnapshot.KnownDeployment;
import io.entente.resolve.GraphSnapshot.KnownEntity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ResolverTest {

    private static final ReferenceData REFERENCE = new ReferenceData(
            List.of(new ReferenceData.Entry("person:vladimir-putin", "Vladimir Putin", List.of("Putin", "Vladimir Vladimirovich Putin"),
                    "RUS", "President", null)),
            List.of(new ReferenceData.Entry("rus-state-duma", "State Duma", List.of("Duma"), "RUS", null, "legislature")));

    private final Resolver resolver = new Resolver(REFERENCE);

    @Test
    void gazetteerPeopleAndOrganisationsGetTheirSeedKeys() {
        ArticleGraph graph = new ArticleGraph("a", List.of(
                entity("RUS", "Country", "Russia", Map.of()),
                entity("p1", "Person", "Putin", Map.of()),
                entity("duma", "Organization", "the Duma", Map.of("country", "RUS"))), List.of(
                relation("HOLDS_OFFICE", "p1", "RUS")));
        ResolvedGraph resolved = resolver.resolve(graph, "sha:a", "2024-10-24", GraphState.EMPTY);

        assertThat(resolved.nodes()).extracting(ResolvedNode::id).containsExactly("RUS", "person:vladimir-putin", "rus-state-duma");
        ResolvedNode putin = resolved.nodes().get(1);
        assertThat(putin.name()).isEqualTo("Vladimir Putin");
        assertThat(putin.rule()).isEqualTo(Match.GAZETTEER);
        assertThat(putin.props()).containsEntry("country", "RUS").containsEntry("role", "President");
        assertThat(resolved.relations()).singleElement().satisfies(r -> {
            assertThat(r.subjectId()).isEqualTo("person:vladimir-putin");
            assertThat(r.objectLabel()).isEqualTo("Country");
            assertThat(r.evidence()).containsEntry("articleId", "sha:a").containsEntry("claimStatus", "asserted");
        });
    }

    @Test
    void unlistedPeopleGetANameKeyOrTheExistingVariantNode() {
        ArticleGraph graph = new ArticleGraph("b", List.of(
                entity("z", "Person", "Volodymyr Zelensky", Map.of("country", "UKR"))), List.of());

        assertThat(resolver.resolve(graph, "sha:b", null, GraphState.EMPTY).nodes().getFirst().id())
                .isEqualTo("person:volodymyr-zelensky");

        GraphState known = needs -> {
            assertThat(needs.personCountries()).containsExactly("UKR");
            return new GraphSnapshot(Map.of(), Map.of("UKR", List.of(new KnownEntity("person:volodymyr-zelenskyy",
                    "Volodymyr Zelenskyy", List.of(), "UKR"))), Map.of(), Map.of());
        };
        ResolvedNode merged = resolver.resolve(graph, "sha:b", null, known).nodes().getFirst();
        assertThat(merged.id()).isEqualTo("person:volodymyr-zelenskyy");
        assertThat(merged.rule()).isEqualTo(Match.SURNAME_VARIANT);
        assertThat(merged.aliases()).contains("Volodymyr Zelensky");
    }

    @Test
    void anExistingNodeWithTheSameIdIsAnExactNameMatch() {
        ArticleGraph graph = new ArticleGraph("c", List.of(
                entity("k", "Location", "Kursk", Map.of("country", "RUS"))), List.of());
        GraphState known = needs -> new GraphSnapshot(Map.of("Location", Set.of("loc:rus:kursk")), Map.of(), Map.of(), Map.of());
        ResolvedNode kursk = resolver.resolve(graph, "sha:c", null, known).nodes().getFirst();
        assertThat(kursk.id()).isEqualTo("loc:rus:kursk");
        assertThat(kursk.rule()).isEqualTo(Match.EXACT_NAME);
    }

    @Test
    void deploymentsJoinTheKnownOneWithinTheWindowAndEvidenceNamesIt() {
        ArticleGraph graph = new ArticleGraph("d", List.of(
                entity("PRK", "Country", "North Korea", Map.of()),
                entity("RUS", "Country", "Russia", Map.of()),
                entity("d1", "TroopDeployment", null, Map.of("from", "PRK", "to", "RUS", "troops", 10000))), List.of(
                relation("DEPLOYED_TO", "PRK", "RUS"),
                relation("REPORTED", "RUS", "d1")));
        GraphState known = needs -> new GraphSnapshot(Map.of(), Map.of(), Map.of(), Map.of("PRK:RUS",
                List.of(new KnownDeployment("deployment:PRK:RUS:2024-10", "PRK:RUS", "2024-10-10", "2024-10-20"))));

        ResolvedGraph resolved = resolver.resolve(graph, "sha:d", "2024-11-05", known);
        ResolvedNode deployment = resolved.nodes().get(2);
        assertThat(deployment.id()).isEqualTo("deployment:PRK:RUS:2024-10");
        assertThat(deployment.rule()).isEqualTo(Match.DEPLOYMENT_WINDOW);
        assertThat(deployment.props()).containsEntry("troops", 10000L).containsEntry("date", "2024-11-05");
        assertThat(resolved.relations().getFirst().evidence())
                .containsEntry("deploymentId", "deployment:PRK:RUS:2024-10");

        ResolvedGraph fresh = resolver.resolve(graph, "sha:d", "2025-06-01", known);
        assertThat(fresh.nodes().get(2).id()).isEqualTo("deployment:PRK:RUS:2025-06");
    }

    @Test
    void symmetricRelationsGetOneIdWhicheverWayTheyWereWritten() {
        List<Entity> countries = List.of(entity("FRA", "Country", "France", Map.of()), entity("DEU", "Country", "Germany", Map.of()));
        ResolvedGraph ab = resolver.resolve(new ArticleGraph("e", countries, List.of(relation("ALLIED_WITH", "FRA", "DEU"))),
                "sha:e", null, GraphState.EMPTY);
        ResolvedGraph ba = resolver.resolve(new ArticleGraph("f", countries, List.of(relation("ALLIED_WITH", "DEU", "FRA"))),
                "sha:f", null, GraphState.EMPTY);
        assertThat(ab.relations().getFirst().id()).isEqualTo(ba.relations().getFirst().id());
        assertThat(ab.relations().getFirst().subjectId()).isEqualTo("DEU");
    }

    @Test
    void twoMentionsOfOneTreatyInAnArticleBecomeOneNode() {
        ArticleGraph graph = new ArticleGraph("g", List.of(
                entity("t1", "Treaty", "Treaty on Comprehensive Strategic Partnership", Map.of("parties", List.of("RUS", "PRK"))),
                entity("t2", "Treaty", "strategic partnership treaty", Map.of("parties", List.of("PRK", "RUS")))), List.of());
        ResolvedGraph resolved = resolver.resolve(graph, "sha:g", null, GraphState.EMPTY);
        assertThat(resolved.nodes()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("treaty:PRK-RUS:treaty-on-comprehensive-strategic-partnership");
            assertThat(t.aliases()).contains("strategic partnership treaty");
        });
    }

    @Test
    void theShippedPeopleGazetteerHasOneEntryPerPersonAcrossOffices() {
        List<ReferenceData.Entry> rows = List.of(
                new ReferenceData.Entry(ReferenceData.personId("marco-rubio--senator"), "Marco Rubio", List.of("Rubio"), "USA", null, null),
                new ReferenceData.Entry(ReferenceData.personId("marco-rubio--secretary-of-state"), "Marco Rubio", List.of(),
                        "USA", "Secretary of State", null));
        assertThat(ReferenceData.onePerPerson(rows)).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("person:marco-rubio");
            assertThat(e.role()).isEqualTo("Secretary of State");
            assertThat(e.aliases()).containsExactly("Rubio");
        });
        ReferenceData shipped = ReferenceData.fromClasspath();
        assertThat(shipped.person(List.of("Zelenskiy"), "UKR")).isNotNull()
                .extracting(ReferenceData.Entry::key).isEqualTo("person:volodymyr-zelensky");
    }

    static Entity entity(String key, String type, String name, Map<String, Object> attrs) {
        return new Entity(key, type, name, List.of(), attrs);
    }

    static Relation relation(String type, String subject, String object) {
        return new Relation(type, subject, object, null, Map.of(), ClaimStatus.ASSERTED,
                new Evidence("A sentence.", 0, 11, 0.8, "fake", "1"));
    }
}
