package io.entente.api;

import io.entente.EmbeddedGraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/** The shared embedded graph with {@link ApiFixture} loaded, and a GraphQL tester over it. */
abstract class ApiTestSupport extends EmbeddedGraphTestSupport {

    @Autowired
    ExecutionGraphQlService graphQlService;

    @Autowired
    Driver driver;

    ExecutionGraphQlServiceTester graphQl;

    @BeforeEach
    void loadFixture() {
        ApiFixture.load(driver);
        graphQl = ExecutionGraphQlServiceTester.create(graphQlService);
    }
}
