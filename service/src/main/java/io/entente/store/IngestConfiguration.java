package io.entente.store;

import io.entente.extract.Extractor;
import io.entente.extract.RuleExtractor;
import io.entente.resolve.ReferenceData;
import io.entente.resolve.Resolver;
import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractor and the write path as beans: the mutations, the ingest command and start-up share them. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Extractor extractor() {
        return new RuleExtractor();
    }

    @Bean
    ArticleStore articleStore(Driver driver, Extractor extractor, ApplicationEventPublisher events) {
        return new ArticleStore(driver, extractor, new Resolver(ReferenceData.fromClasspath()), events::publishEvent);
    }
}
