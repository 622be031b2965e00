package io.entente.api;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class EntityQueriesTest extends ApiTestSupport {

    @Test
    void treatyHasSignersRatifiersCondemnationsAndSources() {
        var response = graphQl.document("""
                query($id: ID!) { treaty(id: $id) { name parties signedDate status
                    partyEvents { subject { id } }
                    signers { subject { name } date evidence { sentence article { title } } }
                    ratifiers { subject { name type } date vote }
                    condemnations { subject { id } }
                    articles { id publishedAt } } }""").variable("id", ApiFixture.TREATY).execute();
        response.path("treaty.parties").entityList(String.class).containsExactly("PRK", "RUS");
        response.path("treaty.partyEvents[*].subject.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("PRK", "RUS"));
        response.path("treaty.signers[*].subject.name").entityList(String.class)
                .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("Vladimir Putin", "Kim Jong Un"));
        response.path("treaty.signers[0].evidence[0].sentence").entity(String.class)
                .satisfies(s -> assertThat(s).isNotBlank());
        response.path("treaty.ratifiers[0].subject.type").entity(String.class).isEqualTo("Organization");
        response.path("treaty.ratifiers[0].vote").entity(String.class).isEqualTo("399-0");
        response.path("treaty.ratifiers[0].date").entity(String.class).isEqualTo("2024-10-24");
        response.path("treaty.condemnations[*].subject.id").entityList(String.class).containsExactly("KOR");
        response.path("treaty.articles[*].id").entityList(String.class).containsExactly("fx-api-2", "fx-api-1");
    }

    @Test
    void treatiesFilterByPartySignerAndDate() {
        String q = "{ treaties(filter: %s) { totalCount edges { node { id } } } }";
        graphQl.document(q.formatted("{party: \"PRK\", signedBy: \"person:fx-kim-jong-un\"}")).execute()
                .path("treaties.edges[*].node.id").entityList(String.class).containsExactly(ApiFixture.TREATY);
        graphQl.document(q.formatted("{party: \"PRK\", signedAfter: \"2024-07\"}")).execute()
                .path("treaties.totalCount").entity(Integer.class).isEqualTo(0);
        graphQl.document(q.formatted("{signedAfter: \"2024-06\", signedBefore: \"2024-06-30\", status: \"ratified\"}")).execute()
                .path("treaties.edges[*].node.id").entityList(String.class).contains(ApiFixture.TREATY);
    }

    @Test
    void deploymentsShowEachSourcesFigureAndWhoReportedOrDenied() {
        var response = graphQl.document("""
                { deployments(filter: {from: "PRK", to: "RUS", since: "2024-10"}) { totalCount edges { node {
                    id from { id name } to { id } location { name } troops claimStatus
                    figures { troops article { id } }
                    reportedBy { subject { id } } deniedBy { subject { name } }
                    deployedTo { sources } } } } }""").execute();
        response.path("deployments.totalCount").entity(Integer.class).isEqualTo(1);
        response.path("deployments.edges[0].node.from.name").entity(String.class).isEqualTo("North Korea");
        response.path("deployments.edges[0].node.location.name").entity(String.class).isEqualTo("Kursk");
        response.path("deployments.edges[0].node.figures[*].troops").entityList(Integer.class).containsExactly(10000, 3000);
        response.path("deployments.edges[0].node.reportedBy[*].subject.id").entityList(String.class).containsExactly("KOR");
        response.path("deployments.edges[0].node.deniedBy[*].subject.name").entityList(String.class)
                .containsExactly("Dmitry Fixturov");
        response.path("deployments.edges[0].node.deployedTo.sources").entity(Integer.class).isEqualTo(2);
        graphQl.document("{ deployments(filter: {to: \"KOR\"}) { totalCount } }").execute()
                .path("deployments.totalCount").entity(Integer.class).isEqualTo(0);
        graphQl.document("{ deployments(filter: {location: \"kursk\"}) { totalCount } }").execute()
                .path("deployments.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void peopleAndOrganizationsWithTheirRelationsBothWays() {
        var response = graphQl.document("""
                { person(id: "person:fx-vladimir-putin") { name role country
                    relations(filter: {types: ["SIGNED"], direction: OUTGOING}) { totalCount edges { node { object { id } } } } }
                  country(code: "RUS") { name incoming: relations(filter: {direction: INCOMING}) { edges { node { type subject { id } } } }
                    window: relations(filter: {since: "2024-11", until: "2024-11"}) { edges { node { type } } } }
                  organization(id: "org:rus:fx-duma") { kind relations { edges { node { type vote } } } } }""").execute();
        response.path("person.role").entity(String.class).isEqualTo("President");
        response.path("person.relations.totalCount").entity(Integer.class).isEqualTo(1);
        response.path("person.relations.edges[0].node.object.id").entity(String.class).isEqualTo(ApiFixture.TREATY);
        response.path("country.incoming.edges[*].node.type").entityList(String.class)
                .contains("DEPLOYED_TO", "HOLDS_OFFICE").doesNotContain("PARTY_TO", "AIDED");
        response.path("country.window.edges[*].node.type").entityList(String.class).containsExactly("ALLIED_WITH");
        response.path("organization.relations.edges[0].node.vote").entity(String.class).isEqualTo("399-0");
        graphQl.document("{ people(country: \"RUS\", first: 10) { totalCount edges { node { id } } } }").execute()
                .path("people.edges[*].node.id").entityList(String.class)
                .contains("person:fx-vladimir-putin", "person:fx-spokesman").doesNotContain("person:fx-kim-jong-un");
        graphQl.document("{ organizations(kind: \"legislature\", country: \"RUS\") { edges { node { id } } } }").execute()
                .path("organizations.edges[*].node.id").entityList(String.class).contains("org:rus:fx-duma");
        graphQl.document("{ person(id: \"person:nobody\") { name } country(code: \"QQQ\") { name } }").execute()
                .path("person").valueIsNull().path("country").valueIsNull();
    }

    @Test
    void searchFindsNamesAndAliasesAndSurvivesLuceneSyntax() {
        graphQl.document("{ search(text: \"partnership\") { score entity { id type } } }").execute()
                .path("search[0].entity.id").entity(String.class).isEqualTo(ApiFixture.TREATY);
        graphQl.document("{ search(text: \"Fixturov\", types: [\"Person\"]) { entity { name } } }").execute()
                .path("search[*].entity.name").entityList(String.class).containsExactly("Dmitry Fixturov");
        graphQl.document("{ search(text: \"kim AND (jong OR ~\\\"un*[\") { entity { id } } }").execute()
                .errors().verify();
        graphQl.document("{ search(text: \"x\", types: [\"Spaceship\"]) { score } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
    }

    @Test
    void articleShowsEverythingExtractedFromIt() {
        var response = graphQl.document("""
                { article(id: "fx-api-3") { title url publishedAt entities { id type } events { type subject { id } } } }""").execute();
        response.path("article.publishedAt").entity(String.class).isEqualTo("2024-11-10");
        response.path("article.entities[*].id").entityList(String.class).contains("PRK", "RUS", ApiFixture.DEPLOYMENT);
        response.path("article.events[*].type").entityList(String.class)
                .contains("DEPLOYED_TO", "DENIED", "ALLIED_WITH").doesNotContain("AIDED");
        graphQl.document("{ articles(since: \"2024-10\", first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }")
                .execute().path("articles.edges[0].node.id").entity(String.class).isEqualTo("fx-api-3")
                .path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }
}
