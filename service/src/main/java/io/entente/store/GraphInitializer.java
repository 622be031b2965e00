package io.entente.store;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the web server accepts requests: schema migrations first,
 * then the reference gazetteers, then (when {@code entente.examples} is on) the example articles.
 */
@Component
class GraphInitializer implements SmartInitializingSingleton {

    private final Driver driver;
    private final ArticleStore store;
    private final boolean examples;

    GraphInitializer(Driver driver, ArticleStore store, @Value("${entente.examples:true}") boolean examples) {
        this.driver = driver;
        this.store = store;
        this.examples = examples;
    }

    @Override
    public void afterSingletonsInstantiated() {
        new SchemaMigrations(driver).apply();
        new GazetteerSeeder(driver).seed();
        if (examples) {
            new ExampleArticles(store).ingest();
        }
    }
}
