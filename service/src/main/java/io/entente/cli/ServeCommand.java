package io.entente.cli;

import io.entente.EntenteApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;

/** Starts the GraphQL service: on the embedded Neo4j unless NEO4J_URI names a server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the GraphQL service (embedded Neo4j unless NEO4J_URI is set).",
                "Other arguments go to Spring Boot, e.g. --server.port=8081."})
class ServeCommand implements Runnable {

    /** Anything else is handed to Spring Boot, e.g. --server.port=8081. */
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public void run() {
        SpringApplication.run(EntenteApplication.class, springArgs.toArray(String[]::new));
    }
}
