package io.entente.store;

import io.entente.EmbeddedGraphTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database runs with the settings the write path was measured with. */
class EmbeddedNeo4jSettingsTest extends EmbeddedGraphTestSupport {

    @Autowired
    Driver driver;

    @Test
    void cachedPlansAreNotReplannedEveryTenSeconds() {
        String value = driver.executableQuery("""
                        SHOW SETTINGS YIELD name, value WHERE name = 'dbms.cypher.min_replan_interval' RETURN value""")
                .execute().records().getFirst().get("value").asString();
        assertThat(value).isEqualTo("10m");
    }
}
