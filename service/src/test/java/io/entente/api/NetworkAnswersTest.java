package io.entente.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A kept allianceNetwork answer goes out as its bytes, compressed when asked; everything else passes through. */
class NetworkAnswersTest extends ApiTestSupport {

    private static final String NETWORK = "query($c: [ID!]!) { allianceNetwork(countries: $c, depth: 1) { nodes { id } edges { source target type weight } } }";

    @Autowired
    WebApplicationContext context;

    @Autowired
    FilterRegistrationBean<NetworkAnswers> networkAnswers;

    MockMvc mvc;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilter(networkAnswers.getFilter(), "/graphql").build();
    }

    @Test
    void theSecondAskingIsTheFirstAnswerCompressed() throws Exception {
        String first = send(NETWORK, Map.of("c", java.util.List.of("LUX")), false).getResponse().getContentAsString();
        assertThat(first).startsWith("{\"data\":{\"allianceNetwork\":").contains("\"LUX\"");

        MvcResult second = send(NETWORK, Map.of("c", java.util.List.of("LUX")), true);

        assertThat(second.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(second.getResponse().getContentAsByteArray())).readAllBytes();
        assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo(first);
        MvcResult plain = send(NETWORK, Map.of("c", java.util.List.of("LUX")), false);
        assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
        assertThat(plain.getResponse().getContentAsString()).isEqualTo(first);
    }

    @Test
    void otherVariablesAndOtherQueriesGoThroughGraphQlWithTheirBodies() throws Exception {
        send(NETWORK, Map.of("c", java.util.List.of("LUX")), false);

        MvcResult other = send(NETWORK, Map.of("c", java.util.List.of("XXX")), true);
        assertThat(other.getResponse().getHeader("Content-Encoding")).isNull();
        assertThat(other.getResponse().getContentAsString()).contains("Unknown country codes");
        MvcResult stats = send("{ stats { articles } }", Map.of(), true);
        assertThat(stats.getResponse().getContentAsString()).contains("\"articles\"");
    }

    private MvcResult send(String document, Map<String, Object> variables, boolean gzip) throws Exception {
        var request = post("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("query", document, "variables", variables)));
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate");
        }
        MvcResult result = mvc.perform(request).andReturn();
        return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)).andReturn() : result;
    }
}
