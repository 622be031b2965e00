package io.entente;

import io.entente.cli.EntenteCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

/**
 * One executable jar: the command line decides whether a Spring context (and a database) is
 * needed at all; {@code extract} and {@code eval} run without one.
 */
@SpringBootApplication
public class EntenteApplication {

    public static void main(String[] args) {
        int exit = new CommandLine(new EntenteCommand()).execute(args);
        if (exit != 0 || !EntenteCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }
}
