package io.entente.eval;

import io.entente.extract.ArticleGraph;
import io.entente.extract.GraphJson;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted article graphs against gold graphs exactly as the evaluation's score.py does
 * (see its FORMAT.md): same matching, same tallies, same printed figures.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores a prediction file against a gold file, both JSON lines. */
    public static ScoreResult score(Path gold, Path pred) {
        PyDict<Object> goldDocs = GraphLines.load(gold);
        return score(goldDocs, GraphLines.load(pred));
    }

    /** Scores in-memory predictions against gold lines (each graph is written as a prediction line first). */
    public static ScoreResult score(List<String> goldLines, List<ArticleGraph> predictions) {
        List<String> predLines = predictions.stream().map(GraphJson::writeGraph).toList();
        return scoreLines(goldLines, predLines);
    }

    /** Scores prediction lines against gold lines. */
    public static ScoreResult scoreLines(List<String> goldLines, List<String> predLines) {
        PyDict<Object> goldDocs = GraphLines.parse("gold", goldLines);
        return score(goldDocs, GraphLines.parse("pred", predLines));
    }

    private static ScoreResult score(PyDict<Object> gold, PyDict<Object> pred) {
        ScoreTallies tallies = new ScoreTallies();
        ArticleScorer articles = new ArticleScorer(tallies);
        for (Map.Entry<Object, Object> e : gold.items()) {
            if (!pred.containsKey(e.getKey())) {
                tallies.error(PyText.str(e.getKey()) + ": no prediction");
            }
            articles.score(e.getValue(), pred.get(e.getKey()));
        }
        return new ScoreResult(gold.size(), tallies);
    }
}
