package io.entente.store;

import io.entente.EntenteApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store keeps its data across a restart and a restart re-seeds nothing. */
class RestartTest {

    @Test
    void dataSurvivesARestart(@TempDir Path dataDir) {
        long nodesBefore;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            Driver driver = app.getBean(Driver.class);
            driver.executableQuery("CREATE (:Marker {name: 'kept'})").execute();
            nodesBefore = countNodes(driver);
        }
        try (ConfigurableApplicationContext app = start(dataDir)) {
            Driver driver = app.getBean(Driver.class);
            assertThat(driver.executableQuery("MATCH (m:Marker {name: 'kept'}) RETURN count(m) AS n").execute()
                    .records().getFirst().get("n").asLong()).isEqualTo(1);
            assertThat(countNodes(driver)).isEqualTo(nodesBefore);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(EntenteApplication.class).web(WebApplicationType.NONE)
                .run("--entente.data-dir=" + dataDir, "--entente.examples=false", "--spring.main.banner-mode=off");
    }

    private static long countNodes(Driver driver) {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().getFirst().get("n").asLong();
    }
}
