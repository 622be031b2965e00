package io.entente.cli;

import io.entente.eval.ScoreResult;
import io.entente.eval.Scorer;
import io.entente.eval.ScoringException;
import io.entente.extract.ArticleGraph;
import io.entente.extract.GraphJson;
import io.entente.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Extracts every article of a JSONL file and scores the result against gold graphs with the
 * Java port of the reference scorer: same table, same final line.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract articles and score them against gold graphs (prints the reference scorer's table).")
class EvalCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles JSONL (FORMAT.md).")
    Path articles;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold graphs JSONL (FORMAT.md).")
    Path gold;

    @Option(names = "--errors", description = "List every miss and extra before the table.")
    boolean errors;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        RuleExtractor extractor = new RuleExtractor();
        List<ArticleGraph> predictions = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                predictions.add(extractor.extract(GraphJson.readArticle(line)));
            } catch (RuntimeException e) {
                err.println("eval: " + articles + ":" + lineNumber + ": " + e.getMessage());
            }
        }
        try {
            ScoreResult result = Scorer.score(Files.readAllLines(gold, StandardCharsets.UTF_8), predictions);
            out.print(json ? result.json() : result.table(errors));
            out.flush();
            return 0;
        } catch (ScoringException e) {
            err.println("eval: " + e.getMessage());
            return 1;
        }
    }
}
