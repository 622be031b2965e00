package io.entente.api;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** country / countries over the seeded Country nodes. */
@Controller
class CountryController {

    private static final String RETURN_COUNTRY = """
            RETURN c { .id, .iso2, .name, .officialName, .aliases, .adjectives, .capital,
                       .metonyms, .status } AS country""";

    private final Neo4jClient neo4j;

    CountryController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @QueryMapping
    Country country(@Argument String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return neo4j.query("MATCH (c:Country) WHERE c.id = $code OR c.iso2 = $code " + RETURN_COUNTRY)
                .bind(normalised).to("code")
                .fetchAs(Country.class).mappedBy((types, record) -> toCountry(record.get("country").asMap()))
                .first().orElse(null);
    }

    @QueryMapping
    Connection<Country> countries(@Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        int total = neo4j.query("MATCH (c:Country) RETURN count(c) AS n")
                .fetchAs(Integer.class).mappedBy((types, record) -> record.get("n").asInt()).one().orElse(0);
        List<Country> nodes = List.copyOf(neo4j.query("MATCH (c:Country) WITH c ORDER BY c.name, c.id SKIP $skip LIMIT $limit "
                        + RETURN_COUNTRY)
                .bindAll(Map.of("skip", page.offset(), "limit", page.first() + 1))
                .fetchAs(Country.class).mappedBy((types, record) -> toCountry(record.get("country").asMap()))
                .all());
        return Connection.of(nodes, page, total);
    }

    @SuppressWarnings("unchecked")
    private static Country toCountry(Map<String, Object> m) {
        return new Country((String) m.get("id"), (String) m.get("iso2"), (String) m.get("name"),
                (String) m.get("officialName"), list(m.get("aliases")), list(m.get("adjectives")),
                (String) m.get("capital"), list(m.get("metonyms")), (String) m.get("status"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
