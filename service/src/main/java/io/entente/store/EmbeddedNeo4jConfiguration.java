package io.entente.store;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import java.net.URI;
import java.nio.file.Path;

/**
 * With no NEO4J_URI the service starts Neo4j in-process; the connection-details bean depends on
 * it, so the driver starts after the database and is closed before it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "entente.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    /** Started early by {@link EmbeddedNeo4jStarter} where it ran, here otherwise. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(ObjectProvider<EmbeddedNeo4jStarter.PendingStart> pending,
                                @Value("${entente.data-dir}") Path dataDir,
                                @Value("${entente.neo4j.embedded-bolt-port:0}") int boltPort) {
        EmbeddedNeo4jStarter.PendingStart start = pending.getIfAvailable();
        return start != null ? start.await() : EmbeddedNeo4j.start(dataDir.resolve("neo4j"), boltPort);
    }

    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
