package io.entente;

import io.entente.api.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded Neo4j (in a fresh temporary folder) shared by every test class that extends this:
 * Spring's context cache keeps a single application context for them all. The Driver counts the
 * Cypher statements it runs ({@link StatementCounter}), so API tests can bound them per request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"entente.examples=false", "spring.main.banner-mode=off",
                "entente.api.keys=test-curator-key:curator,test-reader-key:reader,test-ingester-key:ingester"})
@Import(StatementCounter.Wiring.class)
public abstract class EmbeddedGraphTestSupport {

    protected static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("entente.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("entente-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
