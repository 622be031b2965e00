package io.entente.api;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkQueriesTest extends ApiTestSupport {

    @Test
    void depthOneAroundRussiaHoldsItsPartnersButNotTheirPartners() {
        var response = graphQl.document("""
                { allianceNetwork(countries: ["RUS"], depth: 1) { nodes { id name type distance } edges { source target type weight } } }""")
                .execute();
        List<String> ids = response.path("allianceNetwork.nodes[*].id").entityList(String.class).get();
        assertThat(ids).contains("RUS", "PRK", "BLR", ApiFixture.TREATY).doesNotContain("KOR", "org:rus:fx-duma");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = response.path("allianceNetwork.edges").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(edges).anySatisfy(e -> {
            assertThat(e).containsEntry("source", "PRK").containsEntry("target", "RUS")
                    .containsEntry("type", "DEPLOYED_TO").containsEntry("weight", 2);
        });
        // The retracted AIDED edge stays hidden.
        assertThat(edges).noneSatisfy(e -> assertThat(e).containsEntry("type", "AIDED"));
    }

    @Test
    void depthTwoReachesThroughTheTreaty() {
        graphQl.document("{ allianceNetwork(countries: [\"RUS\"], depth: 2) { nodes { id distance } } }").execute()
                .path("allianceNetwork.nodes[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains("KOR", "org:rus:fx-duma", "person:fx-kim-jong-un")
                        .doesNotHaveDuplicates());
        graphQl.document("{ allianceNetwork(countries: [\"PRK\"], depth: 2, relationTypes: [\"DEPLOYED_TO\", \"ALLIED_WITH\"]) { nodes { id } edges { type } } }")
                .execute().path("allianceNetwork.nodes[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("PRK", "RUS", "BLR"));
        graphQl.document("{ allianceNetwork(countries: [\"RUS\"], minSources: 2) { edges { type } } }").execute()
                .path("allianceNetwork.edges[*].type").entityList(String.class).containsExactly("DEPLOYED_TO");
    }

    @Test
    void unknownCountriesAreNotFoundAndDepthIsBounded() {
        graphQl.document("{ allianceNetwork(countries: [\"RUS\", \"QQQ\"]) { nodes { id } } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND).verify();
        graphQl.document("{ allianceNetwork(countries: [\"RUS\"], depth: 9) { nodes { id } } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
    }

    @Test
    void pathBetweenTwoLeadersGoesThroughTheTreatyWithEvidence() {
        var response = graphQl.document("""
                { path(from: "person:fx-vladimir-putin", to: "person:fx-kim-jong-un") {
                    length nodes { id } edges { type subject { id } object { id } evidence { sentence article { id } } } } }""")
                .execute();
        response.path("path[0].length").entity(Integer.class).isEqualTo(2);
        response.path("path[0].nodes[*].id").entityList(String.class)
                .containsExactly("person:fx-vladimir-putin", ApiFixture.TREATY, "person:fx-kim-jong-un");
        response.path("path[0].edges[*].type").entityList(String.class).containsExactly("SIGNED", "SIGNED");
        response.path("path[0].edges[0].evidence[0].sentence").entity(String.class)
                .satisfies(s -> assertThat(s).contains("put his name to the pact"));
        graphQl.document("{ path(from: \"KOR\", to: \"BLR\", maxHops: 2) { length } }").execute()
                .path("path").entityList(Object.class).hasSize(0);
        graphQl.document("{ path(from: \"KOR\", to: \"BLR\", maxHops: 4) { length } }").execute()
                .path("path[0].length").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void statsCountTheWholeGraph() {
        var response = graphQl.document("{ stats { articles nodes relationships newestArticle labels { name count } relationshipTypes { name count } } }")
                .execute();
        response.path("stats.articles").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        response.path("stats.nodes").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(20));
        response.path("stats.relationships").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(20));
        response.path("stats.newestArticle").entity(String.class).satisfies(d -> assertThat(d).isGreaterThanOrEqualTo("2024-11-10"));
        response.path("stats.labels[*].name").entityList(String.class).contains("Country", "Person", "Treaty", "Evidence");
        response.path("stats.relationshipTypes[*].name").entityList(String.class).contains("SIGNED", "DEPLOYED_TO", "MENTIONS");
    }
}
