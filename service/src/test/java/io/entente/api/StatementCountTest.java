package io.entente.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A request runs a bounded number of Cypher statements however many results it returns. */
class StatementCountTest extends ApiTestSupport {

    private int statementsFor(String document) {
        StatementCounter.reset();
        graphQl.document(document).execute().errors().verify();
        return StatementCounter.count();
    }

    @Test
    void eventsWithNestedEvidenceAndRelationsRunThreeStatements() {
        String nested = """
                { events(first: %d) { totalCount edges { node { subject { name
                    relations(first: 5) { edges { node { type evidence(first: 3) { sentence article { title } } } } } }
                  object { name } evidence(first: 3) { sentence article { id url } } } } } }""";
        int one = statementsFor(nested.formatted(1));
        int many = statementsFor(nested.formatted(100));
        // events + one batch of relations + evidence batches (one per level the loader dispatches at).
        assertThat(one).isBetween(3, 4);
        assertThat(many).isBetween(3, 4);
    }

    @Test
    void entityListsWithRelationsDoNotGrowWithThePage() {
        String people = "{ people(first: %d) { edges { node { name relations(first: 10) { totalCount edges { node { type evidence(first: 5) { sentence } } } } } } } }";
        assertThat(statementsFor(people.formatted(1))).isEqualTo(3);
        assertThat(statementsFor(people.formatted(100))).isEqualTo(3);
        assertThat(statementsFor("{ allianceNetwork(countries: [\"RUS\"], depth: 3) { nodes { id } edges { weight } } }")).isEqualTo(1);
        assertThat(statementsFor("{ stats { nodes relationships labels { name } } }")).isEqualTo(1);
    }

    @Test
    void treatyAndDeploymentListsBringTheSelectedDetailsInTheirOwnStatement() {
        String fields = """
                id name signers { date subject { id name type aliases } object { id name ... on Treaty { parties } } } ratifiers { vote subject { id } }
                condemnations { subject { id } } partyEvents { subject { id } object { id } } claims { type } articles { id }""";
        Object lookedUp = graphQl.document("{ treaty(id: \"%s\") { %s } }".formatted(ApiFixture.TREATY, fields)).execute()
                .path("treaty").entity(Map.class).get();
        String list = "{ treaties(filter: {party: \"PRK\"}) { edges { node { %s } } } }".formatted(fields);

        assertThat(statementsFor(list)).isEqualTo(1);
        assertThat(graphQl.document(list).execute().path("treaties.edges[0].node").entity(Map.class).get())
                .as("the same details as the batch loader gives").isEqualTo(lookedUp);

        String fields2 = """
                id claimStatus from { id name aliases } to { id } location { name }
                deployedTo { sources object { id } } figures { troops sentence article { id title publishedAt } }
                reportedBy { subject { id __typename } object { id name } } deniedBy { subject { id name type } }""";
        String deployments = "{ deployments(filter: {to: \"RUS\"}) { edges { node { %s } } } }".formatted(fields2);
        Object viaLoader = graphQl.document("{ entity(id: \"%s\") { ... on TroopDeployment { %s } } }"
                .formatted(ApiFixture.DEPLOYMENT, fields2)).execute().path("entity").entity(Map.class).get();
        assertThat(graphQl.document(deployments).execute().path("deployments.edges[0].node").entity(Map.class).get())
                .isEqualTo(viaLoader);
        assertThat(statementsFor(deployments)).isEqualTo(1);
    }

    @Test
    void pathBringsItsEdgesEvidenceInItsOwnStatement() {
        String path = """
                { path(from: "person:fx-vladimir-putin", to: "person:fx-kim-jong-un") { edges { id
                    evidence { sentence start article { id title } } latest: evidence(first: 1) { sentence } } } }""";
        assertThat(statementsFor(path)).isEqualTo(1);
        List<Map> edges = graphQl.document(path).execute().path("path[0].edges").entityList(Map.class).get();
        assertThat(edges).hasSize(2);
        for (Map<?, ?> edge : edges) {
            Object viaLoader = graphQl.document("""
                    { events(filter: {types: ["SIGNED"]}) { edges { node { id evidence { sentence start article { id title } } } } } }""")
                    .execute().path("events.edges[?(@.node.id == '%s')].node.evidence".formatted(edge.get("id"))).entityList(Object.class).get();
            assertThat(List.of(edge.get("evidence"))).as("the same evidence as the batch loader gives").isEqualTo(viaLoader);
            assertThat((List<?>) edge.get("latest")).hasSize(1);
            assertThat(((List<?>) edge.get("evidence"))).isNotEmpty();
        }
    }
}
