package io.entente.store;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same checks against a real Neo4j server in Docker, through the same driver code path.
 * Skipped (not failed) where no Docker daemon runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {"entente.neo4j.uri=external", "entente.examples=false"})
class ExternalNeo4jContainerTest {

    @Container
    @ServiceConnection
    static Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08-community").withoutAuthentication();

    @Autowired
    Driver driver;

    @Autowired
    ExecutionGraphQlService graphQlService;

    @Test
    void schemaAndGazetteerAreAppliedAndServed() {
        long constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").execute()
                .records().getFirst().get("n").asLong();
        assertThat(constraints).isGreaterThanOrEqualTo(7);
        ExecutionGraphQlServiceTester.create(graphQlService)
                .document("{ country(code: \"PRK\") { id name aliases } }").execute()
                .path("country.aliases").entityList(String.class).contains("DPRK");
        new GazetteerSeeder(driver).seed();
        assertThat(new SchemaMigrations(driver).apply()).isZero();
    }
}
