package io.entente.cli;

import io.entente.EntenteApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** Starts the GraphQL service: on the embedded Neo4j unless NEO4J_URI names a server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the GraphQL service (embedded Neo4j unless NEO4J_URI is set).")
class ServeCommand implements Runnable {

    @Parameters(arity = "0..*", paramLabel = "SPRING_ARG", description = "Extra Spring Boot arguments, e.g. --server.port=8081")
    List<String> springArgs = List.of();

    @Override
    public void run() {
        SpringApplication.run(EntenteApplication.class, springArgs.toArray(String[]::new));
    }
}
