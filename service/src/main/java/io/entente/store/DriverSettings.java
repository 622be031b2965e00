package io.entente.store;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

/**
 * Settings every Neo4j driver of Entente gets, the service's (Spring Boot builds it, this
 * customises it) and the command-line benches' alike.
 *
 * <p>Logging goes through SLF4J. The driver's default, {@code Logging.systemLogging()}, formats
 * every debug message before asking whether debug is on, and the Bolt layer logs each outgoing
 * message at debug: every statement's parameters (250 articles' rows in a batch write) were
 * turned into a string and thrown away, on the driver's event-loop thread, for every request.
 * The SLF4J logger checks the level first.
 */
@Configuration(proxyBeanMethods = false)
public class DriverSettings {

    /** Applies Entente's settings to a driver configuration under construction. */
    public static Config.ConfigBuilder apply(Config.ConfigBuilder builder) {
        return builder.withLogging(Logging.slf4j());
    }

    /** A driver with Entente's settings, for code that runs outside the Spring context. */
    public static Driver driver(URI uri, AuthToken auth) {
        return GraphDatabase.driver(uri, auth, apply(Config.builder()).build());
    }

    @Bean
    ConfigBuilderCustomizer ententeDriverSettings() {
        return DriverSettings::apply;
    }
}
