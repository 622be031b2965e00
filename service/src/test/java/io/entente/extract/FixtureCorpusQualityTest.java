package io.entente.extract;

import io.entente.eval.ScoreResult;
import io.entente.eval.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the extractor on the project's own fixture corpus (20 original articles with hand-made
 * gold graphs) with the port of the reference scorer. The floors sit just under the measured
 * scores, so any regression of the general machinery fails here.
 */
class FixtureCorpusQualityTest {

    private static ScoreResult result;

    @BeforeAll
    static void scoreCorpus() throws IOException {
        RuleExtractor extractor = new RuleExtractor();
        List<ArticleGraph> predictions = lines("/fixtures/articles.jsonl").stream()
                .map(GraphJson::readArticle).map(extractor::extract).toList();
        result = Scorer.score(lines("/fixtures/gold.jsonl"), predictions);
        System.out.print(result.table(false));
    }

    @Test
    void coreRelationsAreFound() {
        assertThat(result.coreF1()).isGreaterThanOrEqualTo(CORE_FLOOR);
    }

    @Test
    void allRelationsAreFound() {
        assertThat(result.relationsF1()).isGreaterThanOrEqualTo(RELATIONS_FLOOR);
    }

    @Test
    void entitiesAreFound() {
        assertThat(result.entitiesF1()).isGreaterThanOrEqualTo(ENTITIES_FLOOR);
    }

    private static final double CORE_FLOOR = 0.90;
    private static final double RELATIONS_FLOOR = 0.88;
    private static final double ENTITIES_FLOOR = 0.96;

    private static List<String> lines(String resource) throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(FixtureCorpusQualityTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
