package io.entente.store;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the web server accepts requests: schema migrations first,
 * then the reference gazetteers.
 */
@Component
class GraphInitializer implements SmartInitializingSingleton {

    private final Driver driver;

    GraphInitializer(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterSingletonsInstantiated() {
        new SchemaMigrations(driver).apply();
        new GazetteerSeeder(driver).seed();
    }
}
