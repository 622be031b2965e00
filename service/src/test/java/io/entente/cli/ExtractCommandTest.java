package io.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @Test
    void writesOneGraphPerGoodLineAndNamesTheBadOne(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("articles.jsonl");
        Path out = dir.resolve("pred.jsonl");
        Files.writeString(in, """
                {"id":"a1","title":"","publishedAt":"2024-05-02","text":"Japan signed a defence pact with Australia on Monday."}
                {"id": broken
                {"id":"a3","title":"","publishedAt":"2024-05-02","text":""}
                """);
        ExtractCommand command = new ExtractCommand();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        command.err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(command).execute("--articles", in.toString(), "--out", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(exit).isEqualTo(1);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"articleId\":\"a1\"").contains("\"SIGNED\"");
        assertThat(lines.get(1)).contains("\"articleId\":\"a3\"");
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("line 2");
    }
}
