package io.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTest {

    @Test
    void printsTheScorersTableEndingWithTheF1Line(@TempDir Path dir) throws IOException {
        Path articles = copy("/fixtures/articles.jsonl", dir);
        Path gold = copy("/fixtures/gold.jsonl", dir);
        var command = new EvalCommand();
        var out = new ByteArrayOutputStream();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--articles", articles.toString(), "--gold", gold.toString());

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(exit).isZero();
        assertThat(lines[0]).contains("P", "R", "F1", "tp/fp/fn");
        assertThat(lines[lines.length - 1]).matches("core F1=\\d\\.\\d{3} relations F1=\\d\\.\\d{3} entities F1=\\d\\.\\d{3}");
    }

    @Test
    void unreadableGoldIsAnErrorNotAStackTrace(@TempDir Path dir) throws IOException {
        Path articles = copy("/fixtures/articles.jsonl", dir);
        Path gold = Files.writeString(dir.resolve("bad-gold.jsonl"), "{not json\n");
        var command = new EvalCommand();
        var err = new ByteArrayOutputStream();
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--articles", articles.toString(), "--gold", gold.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("eval: ").doesNotContain("\tat ");
    }

    private static Path copy(String resource, Path dir) throws IOException {
        try (InputStream in = Objects.requireNonNull(EvalCommandTest.class.getResourceAsStream(resource))) {
            Path target = dir.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, target);
            return target;
        }
    }
}
