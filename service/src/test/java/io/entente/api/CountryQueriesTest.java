package io.entente.api;

import io.entente.EmbeddedGraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountryQueriesTest extends EmbeddedGraphTestSupport {

    @Autowired
    ExecutionGraphQlService graphQlService;

    ExecutionGraphQlServiceTester graphQl;

    @BeforeEach
    void tester() {
        graphQl = ExecutionGraphQlServiceTester.create(graphQlService);
    }

    @Test
    void countriesListsEveryState() {
        graphQl.document("{ countries(first: 300) { totalCount edges { node { id name } } } }").execute()
                .path("countries.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(193))
                .path("countries.edges[*].node.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains("PRK", "KOR", "RUS", "TWN", "XKX"));
    }

    @Test
    void countryByCodeHasItsAliases() {
        graphQl.document("{ country(code: \"PRK\") { name type code aliases adjectives } }").execute()
                .path("country.name").entity(String.class).isEqualTo("North Korea")
                .path("country.type").entity(String.class).isEqualTo("Country")
                .path("country.aliases").entityList(String.class).contains("DPRK")
                .path("country.adjectives").entityList(String.class).contains("North Korean");
        graphQl.document("{ country(code: \"kp\") { id } }").execute()
                .path("country.id").entity(String.class).isEqualTo("PRK");
        graphQl.document("{ country(code: \"ZZZ\") { id } }").execute().path("country").valueIsNull();
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        var first = graphQl.document("{ countries(first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
                .execute();
        List<String> page1 = first.path("countries.edges[*].node.id").entityList(String.class).get();
        String cursor = first.path("countries.pageInfo.endCursor").entity(String.class).get();
        first.path("countries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        List<String> page2 = graphQl.document("query($after: String) { countries(first: 3, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }")
                .variable("after", cursor).execute()
                .path("countries.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
                .path("countries.edges[*].node.id").entityList(String.class).get();
        assertThat(page1).hasSize(3);
        assertThat(page2).hasSize(3).doesNotContainAnyElementsOf(page1);
    }

    @Test
    void badPagingInputIsABadRequest() {
        graphQl.document("{ countries(first: -1) { totalCount } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST);
        graphQl.document("{ countries(first: 2, after: \"not-a-cursor\") { totalCount } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST);
    }
}
