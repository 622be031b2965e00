package io.entente.store;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the embedded database on a background thread as soon as the environment is known, so
 * its ~5 s start overlaps Spring's own start-up instead of following it.
 */
public class EmbeddedNeo4jStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedNeo4jStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!"embedded".equals(env.getProperty("entente.neo4j.uri", "embedded"))) {
            return;
        }
        Path home = Path.of(env.getRequiredProperty("entente.data-dir")).resolve("neo4j");
        int port = env.getProperty("entente.neo4j.embedded-bolt-port", Integer.class, 0);
        CompletableFuture<EmbeddedNeo4j> start = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                start.complete(EmbeddedNeo4j.start(home, port));
            } catch (Throwable e) {
                start.completeExceptionally(e);
            }
        }, "embedded-neo4j-start");
        // Neo4j finds its components through the context class loader: the fat jar's, not the system one.
        starter.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        starter.start();
        context.getBeanFactory().registerSingleton(BEAN_NAME, new PendingStart(start));
    }

    /** The database being started; {@link #await()} blocks until it listens. */
    record PendingStart(CompletableFuture<EmbeddedNeo4j> future) {
        EmbeddedNeo4j await() {
            return future.join();
        }
    }
}
