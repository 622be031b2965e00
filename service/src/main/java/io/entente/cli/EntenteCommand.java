package io.entente.cli;

import picocli.CommandLine.Command;

/** Root of the {@code ./entente} launcher; each step of the product is a subcommand. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
        description = "Geopolitical event knowledge graph: articles in, a Neo4j graph and a GraphQL API out.",
        subcommands = {ServeCommand.class, ExtractCommand.class, EvalCommand.class, IngestCommand.class, BenchCommand.class})
public class EntenteCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** The web server keeps the JVM alive after main returns; every other command exits. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve")
                && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h"));
    }
}
