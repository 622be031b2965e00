package io.entente.store;

import io.entente.EmbeddedGraphTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's driver and the benches' drivers do not pay for log lines nobody reads. */
class DriverSettingsTest extends EmbeddedGraphTestSupport {

    @Autowired
    ObjectProvider<ConfigBuilderCustomizer> customizers;

    @Test
    void theServiceDriverDoesNotFormatDebugMessagesWhileDebugIsOff() {
        Config.ConfigBuilder builder = Config.builder();
        customizers.orderedStream().forEach(c -> c.customize(builder));
        assertNotFormatted(builder.build());
    }

    @Test
    void theBenchDriversDoNotEither() {
        assertNotFormatted(DriverSettings.apply(Config.builder()).build());
    }

    /** The Bolt layer logs every outgoing message, parameters included, at debug level. */
    private static void assertNotFormatted(Config config) {
        Logger log = config.logging().getLog("org.neo4j.driver.outbound");
        AtomicInteger formatted = new AtomicInteger();
        Object parameters = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "{rows: [...]}";
            }
        };
        log.debug("C: RUN %s", parameters);
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(formatted).hasValue(0);
    }
}
