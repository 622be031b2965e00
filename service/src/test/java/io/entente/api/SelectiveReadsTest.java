package io.entente.api;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * List statements read only what a request selects, and expand only the relationship types it
 * asks for: whole maps of every node and relationship cost more than a query's own work.
 */
class SelectiveReadsTest extends ApiTestSupport {

    private String statementFor(String document) {
        StatementCounter.reset();
        graphQl.document(document).execute().errors().verify();
        assertThat(StatementCounter.texts()).hasSize(1);
        return StatementCounter.texts().getFirst();
    }

    @Test
    void troopFiguresReadTheirSentenceOnlyWhenItIsSelected() {
        String lean = statementFor("{ deployments(filter: {to: \"RUS\"}) { edges { node { troops figures { troops article { id } } } } } }");
        String full = statementFor("{ deployments(filter: {to: \"RUS\"}) { edges { node { troops figures { troops sentence } } } } }");

        assertThat(lean).doesNotContain(".sentence").doesNotContain(".*");
        assertThat(full).contains(".sentence");
        assertThat(graphQl.document("{ deployments(filter: {to: \"RUS\"}) { edges { node { figures { troops claimStatus sentence } } } } }")
                .execute().path("deployments.edges[0].node.figures[0]").entity(Map.class).get())
                .containsEntry("troops", 10000).containsEntry("claimStatus", "asserted");
    }

    @Test
    void treatySignersCarryOnlyTheSelectedEventFields() {
        String statement = statementFor("{ treaties(filter: {party: \"PRK\"}) { edges { node { name signers { date subject { name } } } } } }");

        assertThat(statement).contains("r {.id, .date}").doesNotContain("properties(r)").doesNotContain(".*");
    }

    @Test
    void aTreatyNamedOnlyInItsPartiesListIsFoundByParty() {
        try (Session session = driver.session()) {
            session.run("MERGE (t:Treaty {id: $id}) SET t.name = 'Listed Only Accord', t.parties = ['FXC', 'FXD'], t.partyKey = 'FXC-FXD'",
                    Map.of("id", "treaty:fxc-fxd:listed-only-accord")).consume();
        }
        try {
            List<String> names = graphQl.document("{ treaties(filter: {party: \"FXD\"}) { edges { node { name } } } }").execute()
                    .path("treaties.edges[*].node.name").entityList(String.class).get();
            assertThat(names).containsExactly("Listed Only Accord");
        } finally {
            try (Session session = driver.session()) {
                session.run("MATCH (t:Treaty {id: $id}) DETACH DELETE t", Map.of("id", "treaty:fxc-fxd:listed-only-accord")).consume();
            }
        }
    }

    @Test
    void eventsAndPathsExpandOnlyTheTypesAskedFor() {
        String events = statementFor("{ events(filter: {types: [\"SIGNED\", \"RATIFIED\"]}) { edges { node { date object { name } } } } }");
        String path = statementFor("{ path(from: \"PRK\", to: \"BLR\", relationTypes: [\"DEPLOYED_TO\", \"ALLIED_WITH\"]) { length edges { type } } }");

        assertThat(events).contains("[r:RATIFIED|SIGNED]").doesNotContain("properties(r)").doesNotContain("s {.*");
        assertThat(path).contains("[rs:ALLIED_WITH|DEPLOYED_TO*..4]").doesNotContain("properties(r)");
        assertThat(graphQl.document("{ path(from: \"PRK\", to: \"BLR\", relationTypes: [\"DEPLOYED_TO\", \"ALLIED_WITH\"]) { length } }")
                .execute().path("path[0].length").entity(Integer.class).get()).isEqualTo(2);
    }

    @Test
    void statementShapesAreCachedPerSelection() {
        String a = EventQueries.statement(ACTOR_ONLY, EventQueries.EventOrderBy.DATE_DESC, false, List.of("SIGNED"),
                new EventQueries.Selection(Set.of("date"), Set.of("name"), Set.of()));
        String b = EventQueries.statement(ACTOR_ONLY, EventQueries.EventOrderBy.DATE_DESC, false, List.of("SIGNED"),
                new EventQueries.Selection(Set.of("date", "sources"), Set.of("name"), Set.of()));

        assertThat(a).isSameAs(EventQueries.statement(ACTOR_ONLY, EventQueries.EventOrderBy.DATE_DESC, false,
                List.of("SIGNED"), new EventQueries.Selection(Set.of("date"), Set.of("name"), Set.of())));
        assertThat(b).contains(".sources").isNotEqualTo(a);
    }

    @Test
    void onlyTheFiltersGivenBecomeConditions() {
        EventQueries.Selection selection = new EventQueries.Selection(Set.of("date"), Set.of(), Set.of());
        String bare = EventQueries.statement(ACTOR_ONLY, EventQueries.EventOrderBy.DATE_DESC, false, List.of("SIGNED"), selection);
        String filtered = EventQueries.statement(new EventQueries.Given(true, false, true, true, true, true),
                EventQueries.EventOrderBy.DATE_DESC, false, List.of("SIGNED"), selection);

        assertThat(bare).contains("coalesce(r.retracted, false) = false")
                .doesNotContain("$claimStatus").doesNotContain("$minSources").doesNotContain("$since");
        assertThat(filtered).contains("r.claimStatus = $claimStatus").contains(">= $minSources").contains("$since")
                .doesNotContain("r.retracted");
    }

    private static final EventQueries.Given ACTOR_ONLY = new EventQueries.Given(true, false, false, false, false, false);
}
