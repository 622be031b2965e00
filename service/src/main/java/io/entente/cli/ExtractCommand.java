package io.entente.cli;

import io.entente.extract.Article;
import io.entente.extract.GraphJson;
import io.entente.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Extracts each article of a JSONL file offline (no Spring, no database) and writes one
 * prediction line per article in the evaluation format. A bad line is reported with its number
 * and skipped; the exit code is then 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract article graphs offline: articles JSONL in, one graph JSON line per article out. "
                + "Articles whose text exceeds " + RuleExtractor.MAX_TEXT_CHARS + " characters are refused.")
class ExtractCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles JSONL (FORMAT.md); \"-\" reads stdin.")
    String articles;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write predictions (default: stdout).")
    Path out;

    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        RuleExtractor extractor = new RuleExtractor();
        int failures = 0;
        int lineNumber = 0;
        try (BufferedReader in = open(); Writer w = output()) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Article article = GraphJson.readArticle(line);
                    w.write(GraphJson.writeGraph(extractor.extract(article)));
                    w.write('\n');
                } catch (RuntimeException e) {
                    failures++;
                    err.println("extract: line " + lineNumber + ": " + firstLine(e.getMessage()));
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable article";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private BufferedReader open() throws IOException {
        return articles.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(articles), StandardCharsets.UTF_8);
    }

    private Writer output() throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    try {
                        flush(); // leave stdout open for the launcher
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
