package io.entente.store;

import io.entente.EmbeddedGraphTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaAndGazetteerTest extends EmbeddedGraphTestSupport {

    @Autowired
    Driver driver;

    @Test
    void migrationsAreAppliedOnceAndRecorded() {
        List<String> constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(constraints).contains("country_id", "person_id", "treaty_id", "article_id");
        List<String> indexes = driver.executableQuery("SHOW INDEXES YIELD name RETURN name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(indexes).contains("entity_names", "article_published");

        long versions = count("MATCH (m:SchemaMigration) RETURN count(m) AS n");
        assertThat(versions).isEqualTo(SchemaMigrations.load().size()).isGreaterThanOrEqualTo(2);
        assertThat(new SchemaMigrations(driver).apply()).as("a second run applies nothing").isZero();
    }

    @Test
    void gazetteerHoldsEveryStateAndSeedingTwiceAddsNothing() {
        long countries = count("MATCH (c:Country) RETURN count(c) AS n");
        assertThat(countries).isGreaterThanOrEqualTo(195);
        long unMembers = count("MATCH (c:Country {status: 'un-member'}) RETURN count(c) AS n");
        assertThat(unMembers).isEqualTo(193);

        long nodes = count("MATCH (n) RETURN count(n) AS n");
        long rels = count("MATCH ()-[r]->() RETURN count(r) AS n");
        new GazetteerSeeder(driver).seed();
        driver.executableQuery("MATCH (s:SeedState) SET s.checksum = 'stale'").execute();
        new GazetteerSeeder(driver).seed(); // forced full reload: MERGE must still add nothing
        assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(rels);
    }

    @Test
    void legislaturesKnowTheirCountryAndChamber() {
        long duma = count("""
                MATCH (o:Organization)-[:BASED_IN]->(:Country {id: 'RUS'})
                WHERE o.name = 'State Duma' AND o.chamber = 'lower' AND o.kind = 'legislature'
                RETURN count(o) AS n""");
        assertThat(duma).isEqualTo(1);
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
    }
}
