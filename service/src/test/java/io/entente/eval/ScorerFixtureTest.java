package io.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.entente.extract.ArticleGraph;
import io.entente.extract.GraphJson;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java scorer must print, byte for byte, what score.py printed for each fixture pair. */
class ScorerFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"basic", "optional", "symmetric", "missing", "names", "quirks", "rounding"})
    void printsWhatTheReferenceScorerPrinted(String name) throws Exception {
        ScoreResult result = Scorer.score(fixture(name + ".gold.jsonl"), fixture(name + ".pred.jsonl"));

        assertThat(result.table(false)).isEqualTo(read(name + ".table.txt"));
        assertThat(result.table(true)).isEqualTo(read(name + ".errors.txt"));
        assertThat(result.json()).isEqualTo(read(name + ".json"));
    }

    @Test
    void typedPredictionsScoreLikeTheirLines() throws Exception {
        List<String> gold = Files.readAllLines(fixture("basic.gold.jsonl"));
        List<ArticleGraph> predictions = Files.readAllLines(fixture("basic.pred.jsonl")).stream()
                .map(GraphJson::readGraph).toList();

        ScoreResult result = Scorer.score(gold, predictions);

        assertThat(result.table(true)).isEqualTo(read("basic.errors.txt"));
        assertThat(result.coreF1()).isEqualTo(6.0 / 7.0);
        assertThat(result.relationsF1()).isEqualTo(0.7);
        assertThat(result.articles()).isEqualTo(2);
    }

    @Test
    void roundingFixtureReallySitsOnHalves() throws Exception {
        ScoreResult result = Scorer.score(fixture("rounding.gold.jsonl"), fixture("rounding.pred.jsonl"));

        // Person precision is exactly 1/16: half-up would print 0.063 where Python prints 0.062.
        assertThat(result.table(false)).contains("  Person          0.062  1.000  0.118   1/15/0");
        assertThat(result.json()).contains("\"p\": 0.0625");
    }

    static Path fixture(String file) throws URISyntaxException {
        var url = ScorerFixtureTest.class.getResource("/eval/" + file);
        assertThat(url).as(file).isNotNull();
        return Path.of(url.toURI());
    }

    private static String read(String file) throws IOException, URISyntaxException {
        return Files.readString(fixture(file), StandardCharsets.UTF_8);
    }
}
