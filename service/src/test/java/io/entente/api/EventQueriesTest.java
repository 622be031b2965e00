package io.entente.api;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventQueriesTest extends ApiTestSupport {

    @Test
    void signedEventsHaveBothLeadersAsSubjects() {
        graphQl.document("{ events(filter: {types: [\"SIGNED\"]}) { totalCount edges { node { type subject { name type } object { id name } } } } }")
                .execute()
                .path("events.edges[*].node.subject.name").entityList(String.class)
                .satisfies(names -> assertThat(names).contains("Vladimir Putin", "Kim Jong Un"))
                .path("events.edges[*].node.type").entityList(String.class)
                .satisfies(types -> assertThat(types).containsOnly("SIGNED"))
                .path("events.edges[*].node.subject.type").entityList(String.class)
                .satisfies(types -> assertThat(types).contains("Person"));
    }

    @Test
    void actorMatchesTheSubjectAndDeploymentCarriesEachSourcesFigure() {
        var response = graphQl.document("""
                { events(filter: {types: ["DEPLOYED_TO"], actor: "PRK"}) { edges { node {
                    object { id } sources troops evidence { sentence troops article { id title url publishedAt } } } } } }""")
                .execute();
        response.path("events.edges[*].node.object.id").entityList(String.class).containsExactly("RUS");
        response.path("events.edges[0].node.sources").entity(Integer.class).isEqualTo(2);
        response.path("events.edges[0].node.evidence[*].troops").entityList(Integer.class).containsExactly(10000, 3000);
        response.path("events.edges[0].node.evidence[0].article.publishedAt").entity(String.class).isEqualTo("2024-11-10");
        graphQl.document("{ events(filter: {actor: \"prk\", target: \"RUS\"}) { totalCount } }").execute()
                .path("events.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void anchoredPagesFollowEachOtherNewestFirst() {
        String query = "query($after: String) { events(filter: {actor: \"RUS\"}, first: 1, after: $after) { totalCount "
                + "edges { node { id date subject { id } } } pageInfo { hasNextPage endCursor } } }";
        var first = graphQl.document(query).execute();
        int total = first.path("events.totalCount").entity(Integer.class).get();
        List<String> ids = new java.util.ArrayList<>(first.path("events.edges[*].node.id").entityList(String.class).get());
        List<String> dates = new java.util.ArrayList<>(first.path("events.edges[*].node.date").entityList(String.class).get());
        String cursor = first.path("events.pageInfo.endCursor").entity(String.class).get();
        boolean more = first.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
        while (more) {
            var next = graphQl.document(query).variable("after", cursor).execute();
            assertThat(next.path("events.totalCount").entity(Integer.class).get()).isEqualTo(total);
            ids.addAll(next.path("events.edges[*].node.id").entityList(String.class).get());
            dates.addAll(next.path("events.edges[*].node.date").entityList(String.class).get());
            next.path("events.edges[*].node.subject.id").entityList(String.class).satisfies(s -> assertThat(s).containsOnly("RUS"));
            cursor = next.path("events.pageInfo.endCursor").entity(String.class).get();
            more = next.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
        }
        assertThat(total).isGreaterThan(1);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        List<String> dated = dates.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void everyEventHasEvidenceWithASentence() {
        List<String> sentences = graphQl.document("{ events(first: 100) { totalCount edges { node { evidence { sentence start end confidence claimStatus article { id } } } } } }")
                .execute().path("events.edges[*].node.evidence[*].sentence").entityList(String.class).get();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(11).allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void timelineIsNewestFirstAndWindowed() {
        List<String> dates = graphQl.document("{ events(filter: {actor: \"KOR\"}) { edges { node { date } } } }")
                .execute().path("events.edges[*].node.date").entityList(String.class).get();
        assertThat(dates).containsExactly("2024-10", "2024-06-21");
        graphQl.document("{ events(filter: {since: \"2024-10-01\", until: \"2024-10-31\"}) { edges { node { type date } } } }")
                .execute().path("events.edges[*].node.type").entityList(String.class)
                .satisfies(types -> assertThat(types).containsExactlyInAnyOrder("RATIFIED", "DEPLOYED_TO", "REPORTED"));
        graphQl.document("{ events(filter: {minSources: 2, types: [\"DEPLOYED_TO\", \"SIGNED\", \"AIDED\"]}) { edges { node { type } } } }")
                .execute().path("events.edges[*].node.type").entityList(String.class).containsExactly("DEPLOYED_TO");
        graphQl.document("{ events(orderBy: DATE_ASC, first: 1, filter: {types: [\"SIGNED\", \"CONDEMNED\"]}) { edges { node { date } } } }")
                .execute().path("events.edges[0].node.date").entity(String.class).isEqualTo("2024-06-19");
    }

    @Test
    void retractedEventsAreHiddenUnlessAskedFor() {
        graphQl.document("{ events(filter: {types: [\"AIDED\"]}) { totalCount } }").execute()
                .path("events.totalCount").entity(Integer.class).isEqualTo(0);
        graphQl.document("{ events(filter: {types: [\"AIDED\"], includeRetracted: true}) { totalCount edges { node { retracted } } } }")
                .execute().path("events.totalCount").entity(Integer.class).isEqualTo(1)
                .path("events.edges[0].node.retracted").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void pagesFollowEachOther() {
        var first = graphQl.document("{ events(first: 4) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }").execute();
        List<String> page1 = first.path("events.edges[*].node.id").entityList(String.class).get();
        int total = first.path("events.totalCount").entity(Integer.class).get();
        String cursor = first.path("events.pageInfo.endCursor").entity(String.class).get();
        List<String> page2 = graphQl.document("query($after: String) { events(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }")
                .variable("after", cursor).execute()
                .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
                .path("events.edges[*].node.id").entityList(String.class).get();
        assertThat(page1).hasSize(4).doesNotContainAnyElementsOf(page2);
        assertThat(page1.size() + page2.size()).isEqualTo(total);
    }

    @Test
    void badFiltersAreBadRequests() {
        for (String filter : List.of("{since: \"2024-13\"}", "{until: \"yesterday\"}", "{types: [\"INVADED\"]}",
                "{claimStatus: \"rumoured\"}", "{minSources: -1}")) {
            graphQl.document("{ events(filter: " + filter + ") { totalCount } }").execute()
                    .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
        }
        graphQl.document("{ events(first: -5) { totalCount } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
        graphQl.document("{ events(first: 100000) { totalCount } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
        graphQl.document("query($t: ID) { events(filter: {actor: $t}) { totalCount } }").variable("t", "x".repeat(5000))
                .execute().errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
    }
}
