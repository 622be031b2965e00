package io.entente.api;

import org.junit.jupiter.api.Test;

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
}
