package io.entente.api;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Several root fields of one query run at once and answer exactly as they do alone. */
class ConcurrentRootFieldsTest extends ApiTestSupport {

    private static final String COUNTRY = "country(code: \"PRK\") { id name relations(first: 3) { totalCount } }";
    private static final String TREATIES = "treaties(filter: {party: \"PRK\"}) { totalCount edges { node { id signers { subject { id } } } } }";
    private static final String EVENTS = "events(filter: {actor: \"PRK\"}) { totalCount edges { node { id evidence(first: 1) { sentence } } } }";

    @Test
    void rootFieldsTogetherAnswerAsEachAlone() {
        Object country = graphQl.document("{ " + COUNTRY + " }").execute().path("country").entity(Map.class).get();
        Object treaties = graphQl.document("{ " + TREATIES + " }").execute().path("treaties").entity(Map.class).get();
        Object events = graphQl.document("{ " + EVENTS + " }").execute().path("events").entity(Map.class).get();
        assertThat(country).isNotNull();
        assertThat(events).isNotNull();

        var together = graphQl.document("{ " + COUNTRY + " " + TREATIES + " " + EVENTS + " }").execute();
        together.errors().verify();
        together.path("country").entity(Map.class).isEqualTo(country);
        together.path("treaties").entity(Map.class).isEqualTo(treaties);
        together.path("events").entity(Map.class).isEqualTo(events);
        together.path("treaties.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
    }

    @Test
    void anErrorInOneRootFieldKeepsItsClassificationAndTheOthersAnswer() {
        var response = graphQl.document("{ bad: country(code: \"%s\") { id } %s %s }".formatted("x".repeat(300), COUNTRY, EVENTS)).execute();
        response.errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getPath().equals("bad")).verify();
        response.path("bad").valueIsNull();
        response.path("country.id").entity(String.class).isEqualTo("PRK");
        response.path("events.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
    }
}
