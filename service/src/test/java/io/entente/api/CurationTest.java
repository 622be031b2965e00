package io.entente.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Curation over HTTP: the X-API-Key header decides, and every change lands in the audit trail. */
class CurationTest extends ApiTestSupport {

    private static final String MERGE = """
            mutation { mergeEntities(keep: "person:fx-ivan-testov", drop: "person:fx-i-testov", reason: "same envoy") {
              id name aliases relations { totalCount edges { node { type sources object { id } } } } } }""";

    @Autowired
    WebApplicationContext context;

    HttpGraphQl http;

    @BeforeEach
    void http() {
        http = new HttpGraphQl(context);
    }

    @Test
    void mutationsWithoutTheCuratorRoleAreRefused() throws Exception {
        http.post(MERGE, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
        http.post(MERGE, "test-reader-key").andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"));
        http.post(MERGE, "not-a-key")
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
        // Nothing was merged.
        http.post("{ person(id: \"person:fx-i-testov\") { id } }", null)
                .andExpect(jsonPath("$.data.person.id").value("person:fx-i-testov"));
    }

    @Test
    void mergeMovesEventsAndAliasesAndIsAudited() throws Exception {
        http.post(MERGE, "test-curator-key").andExpect(status().isOk())
                .andExpect(jsonPath("$.errors").doesNotExist())
                .andExpect(jsonPath("$.data.mergeEntities.aliases", hasItem("I. Testov")))
                .andExpect(jsonPath("$.data.mergeEntities.aliases", hasItem("Envoy Testov")))
                // Both met the spokesman: one event with both sources; the criticism of the duma moved over.
                .andExpect(jsonPath("$.data.mergeEntities.relations.totalCount").value(3))
                .andExpect(jsonPath("$.data.mergeEntities.relations.edges[?(@.node.type == 'MET_WITH')].node.sources", hasItem(2)));
        http.post("{ person(id: \"person:fx-i-testov\") { id } search(text: \"Envoy Testov\") { entity { id } } }", null)
                .andExpect(jsonPath("$.data.person").value((Object) null))
                .andExpect(jsonPath("$.data.search[0].entity.id").value("person:fx-ivan-testov"));
        http.post("{ auditTrail(first: 50) { edges { node { action actor details } } } }", null)
                .andExpect(jsonPath("$.data.auditTrail.edges[*].node.action", hasItem("mergeEntities")))
                .andExpect(jsonPath("$.data.auditTrail.edges[0].node.actor", containsString("ROLE_CURATOR")));
    }

    @Test
    void retractedEventsDisappearFromQueries() throws Exception {
        String id = "rel:fx:CONDEMNED:person:fx-ivan-testov:loc:rus:fx-kursk";
        http.post("mutation { retractRelation(id: \"" + id + "\", reason: \"misattributed\") { id retracted } }", "test-curator-key")
                .andExpect(jsonPath("$.data.retractRelation.retracted").value(true));
        http.post("{ events(filter: {types: [\"CONDEMNED\"]}, first: 100) { edges { node { id } } } }", null)
                .andExpect(jsonPath("$.data.events.edges[*].node.id", not(hasItem(id))));
        http.post("{ event(id: \"" + id + "\", includeRetracted: true) { retracted } }", null)
                .andExpect(jsonPath("$.data.event.retracted").value(true));
        http.post("{ auditTrail { edges { node { action details } } } }", null)
                .andExpect(jsonPath("$.data.auditTrail.edges[*].node.details", hasItem(containsString("misattributed"))));
        http.post("mutation { retractRelation(id: \"rel:none\", reason: \"x\") { id } }", "test-curator-key")
                .andExpect(jsonPath("$.errors[0].extensions.classification").value("NOT_FOUND"));
    }
}
