package io.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entente.extract.ArticleGraph;
import io.entente.extract.ClaimStatus;
import io.entente.extract.Entity;
import io.entente.extract.Relation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final String GOLD = """
            {"articleId": "a", "entities": [{"key": "RUS", "type": "Country", "name": "Russia"}, \
            {"key": "PRK", "type": "Country", "name": "North Korea"}], \
            "relations": [{"type": "ALLIED_WITH", "subject": "RUS", "object": "PRK"}]}""";

    @Test
    void scoresInMemoryGraphs() {
        ArticleGraph graph = new ArticleGraph("a",
                List.of(country("PRK"), country("RUS")),
                List.of(new Relation("ALLIED_WITH", "PRK", "RUS", null, Map.of(), ClaimStatus.ASSERTED, null)));

        ScoreResult result = Scorer.score(List.of(GOLD), List.of(graph));

        assertThat(result.relationsF1()).isEqualTo(1.0);
        assertThat(result.entitiesF1()).isEqualTo(1.0);
        assertThat(result.coreF1()).isZero();
        assertThat(result.errors()).isEmpty();
        assertThat(result.table(false)).endsWith("core F1=0.000 relations F1=1.000 entities F1=1.000\n");
    }

    @Test
    void listsEveryMissWhenThereIsNoPrediction() {
        ScoreResult result = Scorer.score(List.of(GOLD), List.of());

        assertThat(result.errors()).containsExactly("a: no prediction", "a: missed Country Russia",
                "a: missed Country North Korea", "a: missed ALLIED_WITH(RUS -> PRK)");
        assertThat(result.entitiesF1()).isZero();
    }

    @Test
    void refusesARelationNamingAListOfKeys() {
        String pred = """
                {"articleId": "a", "entities": [], \
                "relations": [{"type": "X", "subject": ["RUS"], "object": "PRK"}]}""";

        assertThatThrownBy(() -> Scorer.scoreLines(List.of(GOLD), List.of(pred)))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("a: a predicted relation names one subject key and one object key: "
                        + "{'type': 'X'");
    }

    @Test
    void namesTheLineThatIsNotJson() {
        assertThatThrownBy(() -> Scorer.scoreLines(List.of(GOLD), List.of("", "{\"articleId\": ")))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("pred:2: not JSON");
    }

    private static Entity country(String code) {
        return new Entity(code, "Country", code, List.of(), Map.of());
    }
}
