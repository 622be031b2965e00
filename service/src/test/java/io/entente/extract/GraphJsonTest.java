package io.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GraphJsonTest {

    private static final ArticleGraph GRAPH = new ArticleGraph("seed-x",
            List.of(
                    new Entity("RUS", "Country", "Russia", List.of(), Map.of()),
                    new Entity("p1", "Person", "Ivan Example", List.of("Example"),
                            Map.of("role", "Minister", "country", "RUS")),
                    new Entity("t1", "Treaty", "Test Accord", List.of(),
                            Map.of("parties", List.of("RUS", "PRK"), "signedDate", "2024-06-19")),
                    new Entity("d1", "TroopDeployment", null, List.of(),
                            Map.of("from", "PRK", "to", "RUS", "troops", 3000, "location", "Kursk"))),
            List.of(
                    new Relation("SIGNED", "p1", "t1", "2024-06", Map.of(), ClaimStatus.ASSERTED,
                            new Evidence("Ivan Example signed it.", 10, 33, 0.75, "rules", "0.1")),
                    new Relation("DEPLOYED_TO", "PRK", "RUS", null, Map.of("troops", 3000, "location", "Kursk"),
                            ClaimStatus.REPORTED, null)));

    @Test
    void writesOneLineInThePredictionShapeWithAFixedKeyOrder() {
        String line = GraphJson.writeGraph(GRAPH);

        assertThat(line).doesNotContain("\n").isEqualTo("{\"articleId\":\"seed-x\",\"entities\":["
                + "{\"key\":\"RUS\",\"type\":\"Country\",\"name\":\"Russia\"},"
                + "{\"key\":\"p1\",\"type\":\"Person\",\"name\":\"Ivan Example\",\"aliases\":[\"Example\"],"
                + "\"country\":\"RUS\",\"role\":\"Minister\"},"
                + "{\"key\":\"t1\",\"type\":\"Treaty\",\"name\":\"Test Accord\",\"parties\":[\"RUS\",\"PRK\"],"
                + "\"signedDate\":\"2024-06-19\"},"
                + "{\"key\":\"d1\",\"type\":\"TroopDeployment\",\"from\":\"PRK\",\"location\":\"Kursk\","
                + "\"to\":\"RUS\",\"troops\":3000}],"
                + "\"relations\":["
                + "{\"type\":\"SIGNED\",\"subject\":\"p1\",\"object\":\"t1\",\"date\":\"2024-06\","
                + "\"claimStatus\":\"asserted\",\"evidence\":{\"sentence\":\"Ivan Example signed it.\","
                + "\"start\":10,\"end\":33,\"confidence\":0.75,\"extractor\":\"rules\",\"version\":\"0.1\"}},"
                + "{\"type\":\"DEPLOYED_TO\",\"subject\":\"PRK\",\"object\":\"RUS\","
                + "\"attrs\":{\"location\":\"Kursk\",\"troops\":3000},\"claimStatus\":\"reported\"}]}");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(GraphJson.readGraph(GraphJson.writeGraph(GRAPH))).isEqualTo(GRAPH);
    }

    @Test
    void readsArticlesIgnoringUnknownFields() {
        Article article = GraphJson.readArticle("""
                {"id": "a1", "title": "T", "publishedAt": "2024-10-24T08:00:00Z", "source": "Wire", \
                "text": "Body.", "lang": "en", "tags": ["x"]}""");

        assertThat(article).isEqualTo(new Article("a1", "T", "Body.", "2024-10-24T08:00:00Z", "Wire", null));
    }

    @Test
    void readsPlainValuesAsPythonsJsonModuleDoes() {
        assertThat(GraphJson.readPlain("[1, 1.0, 1e2, 12345678901234567890, true, null, NaN, \"\\u00e9\"]"))
                .isEqualTo(Arrays.asList(1, 1.0, 100.0, new BigInteger("12345678901234567890"), true, null,
                        Double.NaN, "\u00e9"));
        // A repeated key keeps its first position and its last value.
        assertThat(GraphJson.readPlain("{\"a\": 1, \"b\": 2, \"a\": 3}").toString()).isEqualTo("{a=3, b=2}");
    }
}
