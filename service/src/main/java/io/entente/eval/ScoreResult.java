package io.entente.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring predictions against gold, printable exactly as score.py prints it.
 * {@link #table(boolean)} and {@link #json()} return score.py's standard output, final newline included.
 */
public final class ScoreResult {

    private static final List<String> CORE = List.of("SIGNED", "RATIFIED", "DEPLOYED_TO", "CONDEMNED");

    private final ScoreTallies tallies;
    private final Tally core;
    private final Tally allRelations;
    private final Tally allEntities;
    private final Map<String, Object> summary;

    ScoreResult(int articles, ScoreTallies tallies) {
        this.tallies = tallies;
        this.core = ScoreTallies.merged(tallies.relations, CORE);
        this.allRelations = ScoreTallies.merged(tallies.relations, tallies.relations.keys());
        this.allEntities = ScoreTallies.merged(tallies.entities, tallies.entities.keys());
        this.summary = summary(articles);
    }

    public double coreF1() {
        return core.prf().f();
    }

    public double relationsF1() {
        return allRelations.prf().f();
    }

    public double entitiesF1() {
        return allEntities.prf().f();
    }

    public int articles() {
        return (Integer) summary.get("articles");
    }

    /** Every miss and extra, as {@code --errors} lists them. */
    public List<String> errors() {
        return List.copyOf(tallies.errors);
    }

    /** The table score.py prints, preceded by the error list when {@code errors} is set. */
    public String table(boolean errors) {
        List<String> lines = new ArrayList<>();
        if (errors) {
            lines.add(String.join("\n", tallies.errors));
        }
        lines.add(PyText.padRight("", 16) + PyText.padLeft("P", 7) + PyText.padLeft("R", 7)
                + PyText.padLeft("F1", 7) + "   tp/fp/fn");
        addGroup(lines, "entities", tallies.entities);
        addGroup(lines, "relations", tallies.relations);
        for (Map.Entry<Object, Tally> e : tallies.attributes.sortedItems()) {
            Tally v = e.getValue();
            lines.add("attribute " + PyText.str(e.getKey()) + " right in " + v.tp() + " of " + (v.tp() + v.fn())
                    + " matched relations");
        }
        lines.add("core F1=" + PyText.fixed3(coreF1()) + " relations F1=" + PyText.fixed3(relationsF1())
                + " entities F1=" + PyText.fixed3(entitiesF1()));
        return String.join("\n", lines) + "\n";
    }

    /** The JSON object of {@code score.py --json}. */
    public String json() {
        return PyJson.dumps(summary) + "\n";
    }

    private static void addGroup(List<String> lines, String title, PyDict<Tally> group) {
        lines.add(title);
        for (Map.Entry<Object, Tally> e : group.sortedItems()) {
            Tally v = e.getValue();
            Tally.Prf prf = v.prf();
            lines.add("  " + PyText.formatWidth(e.getKey(), 14) + PyText.fixed3(prf.p(), 7)
                    + PyText.fixed3(prf.r(), 7) + PyText.fixed3(prf.f(), 7)
                    + "   " + v.tp() + "/" + v.fp() + "/" + v.fn());
        }
    }

    /** Built up front, as score.py builds its result before printing either form. */
    private Map<String, Object> summary(int articles) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles);
        out.put("entities", prfByKey(tallies.entities));
        out.put("relations", prfByKey(tallies.relations));
        Map<Object, Object> attributes = new LinkedHashMap<>();
        tallies.attributes.items().forEach(e -> attributes.put(e.getKey(), e.getValue().prf().p()));
        out.put("attributes", attributes);
        out.put("coreF1", coreF1());
        out.put("relationsF1", relationsF1());
        out.put("entitiesF1", entitiesF1());
        return out;
    }

    private static Map<Object, Object> prfByKey(PyDict<Tally> group) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<Object, Tally> e : group.sortedItems()) {
            Tally.Prf prf = e.getValue().prf();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("p", prf.p());
            values.put("r", prf.r());
            values.put("f", prf.f());
            out.put(e.getKey(), values);
        }
        return out;
    }
}
