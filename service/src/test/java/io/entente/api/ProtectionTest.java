package io.entente.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Limits that keep one request from hurting the service, and errors that never leak internals. */
class ProtectionTest extends ApiTestSupport {

    @Autowired
    WebApplicationContext context;

    HttpGraphQl http;

    @BeforeEach
    void http() {
        http = new HttpGraphQl(context);
    }

    @Test
    void tooDeepQueriesAreRejectedBeforeTheyRun() throws Exception {
        String deep = "{ country(code: \"RUS\") { relations { edges { node { subject { relations { edges { node { object { "
                + "relations { edges { node { subject { name } } } } } } } } } } } } } }";
        StatementCounter.reset();
        // Twice: the second time the parsed document comes from the cache and must be refused all the same.
        for (int i = 0; i < 2; i++) {
            http.post(deep, null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.errors[0].message", containsString("depth")))
                    .andExpect(jsonPath("$.data").doesNotExist());
        }
        org.assertj.core.api.Assertions.assertThat(StatementCounter.count()).isZero();
    }

    @Test
    void tooComplexQueriesAreRejected() throws Exception {
        String wide = "{ people(first: 300) { edges { node { relations(first: 300) { edges { node { id evidence(first: 100) { sentence } } } } } } } }";
        for (int i = 0; i < 2; i++) {
            http.post(wide, null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.errors[0].message", containsString("complexity")));
        }
    }

    @Test
    void badInputIsClassifiedAndNeverAStackTrace() throws Exception {
        http.post("{ events(filter: {since: \"2024-02-30\"}) { totalCount } }", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
        http.post("{ search(text: \"" + "a".repeat(5000) + "\") { score } }", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
        http.post("{ path(from: \"RUS\", to: \"RUS\") { length } }", null)
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
        http.post("{ allianceNetwork(countries: []) { nodes { id } } }", null)
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
        http.post("{ articles(after: \"b2Zmc2V0Oi0z\") { totalCount } }", null)
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
        http.post("{ events { nosuchfield } }", null).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("ValidationError"));
    }

    @Test
    void acceptanceShapesWorkOverHttpWithoutAKeyWhenReadsAreOpen() throws Exception {
        http.post("{ events(filter: {types: [\"DEPLOYED_TO\"], actor: \"PRK\"}) { edges { node { object { id } } } } "
                        + "allianceNetwork(countries: [\"RUS\"], depth: 1) { nodes { id name type } edges { source target type weight } } "
                        + "stats { articles nodes relationships } }", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors").doesNotExist())
                .andExpect(jsonPath("$.data.events.edges[0].node.object.id").value("RUS"))
                .andExpect(jsonPath("$.data.allianceNetwork.nodes[?(@.id == 'PRK')].type").value(org.hamcrest.Matchers.hasItem("Country")));
    }
}
