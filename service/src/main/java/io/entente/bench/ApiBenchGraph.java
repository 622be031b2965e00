package io.entente.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic graph in the documented shape for the API benchmark, written straight with Cypher:
 * people, treaties and deployments around the seeded states, a pool of event relationships, and
 * articles that each support a few of them through Evidence nodes. Deterministic for a seed.
 * Alliances are sparse and skewed towards a few hubs, as in real news.
 */
final class ApiBenchGraph {

    private static final int BATCH = 5_000;

    private final Driver driver;
    private final Random random = new Random(42);
    private final List<String> countries = new ArrayList<>();
    private final List<String> people = new ArrayList<>();
    private final List<String> treaties = new ArrayList<>();
    private final List<String> deployments = new ArrayList<>();
    /** Event relationships by id: type, subject label/id, object label/id, date. */
    private final Map<String, Map<String, Object>> relations = new LinkedHashMap<>();

    ApiBenchGraph(Driver driver) {
        this.driver = driver;
    }

    static int articleCount(Driver driver) {
        try (Session s = driver.session()) {
            return s.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asInt();
        }
    }

    /** Node and relationship counts, for the report. */
    static String counts(Driver driver) {
        var row = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
                CALL () { MATCH (a:Article) RETURN count(a) AS articles }
                RETURN nodes, rels, articles""").execute().records().getFirst();
        return "%d articles, %d nodes, %d relationships".formatted(row.get("articles").asLong(),
                row.get("nodes").asLong(), row.get("rels").asLong());
    }

    /** Writes a graph of {@code articles} articles; returns the country ids used. */
    List<String> generate(int articles) {
        try (Session s = driver.session()) {
            countries.addAll(s.run("MATCH (c:Country) RETURN c.id AS id ORDER BY id").list(r -> r.get("id").asString()));
            if (countries.size() < 10) {
                throw new IllegalStateException("The benchmark needs the seeded countries");
            }
            int scale = Math.max(1, articles / 1000);
            writeNodes(s, scale);
            buildRelations(scale);
            writeRelations(s, articles);
        }
        return countries;
    }

    private void writeNodes(Session s, int scale) {
        List<Map<String, Object>> persons = new ArrayList<>();
        for (int i = 0; i < 20 * scale; i++) {
            String country = hub();
            String id = "person:bench-" + i;
            people.add(id);
            persons.add(Map.of("id", id, "name", "Bench Person " + i, "country", country, "role", "Minister"));
        }
        batches(s, "UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n.name = row.name, n.country = row.country, "
                + "n.role = row.role, n.aliases = [], n.aliasText = ''", persons);
        List<Map<String, Object>> pacts = new ArrayList<>();
        for (int i = 0; i < 2 * scale; i++) {
            String a = hub();
            String b = other(a);
            String date = date();
            String id = "treaty:bench-" + i;
            treaties.add(id);
            pacts.add(Map.of("id", id, "name", "Bench Pact " + i, "parties", List.of(a, b), "signedDate", date));
            relation("PARTY_TO", "Country", a, "Treaty", id, date);
            relation("PARTY_TO", "Country", b, "Treaty", id, date);
        }
        batches(s, "UNWIND $rows AS row MERGE (n:Treaty {id: row.id}) SET n.name = row.name, n.parties = row.parties, "
                + "n.signedDate = row.signedDate, n.status = 'signed', n.aliases = [], n.aliasText = ''", pacts);
        List<Map<String, Object>> moves = new ArrayList<>();
        for (int i = 0; i < scale; i++) {
            String from = hub();
            String to = other(from);
            String date = date().substring(0, 7);
            String id = "deployment:" + from + ":" + to + ":" + date + ":" + i;
            deployments.add(id);
            moves.add(Map.of("id", id, "from", from, "to", to, "firstDate", date, "troops", 500 + random.nextInt(20_000)));
            relation("DEPLOYED_TO", "Country", from, "Country", to, date);
        }
        batches(s, "UNWIND $rows AS row MERGE (n:TroopDeployment {id: row.id}) SET n.name = row.from + ' → ' + row.to, "
                + "n.from = row.from, n.to = row.to, n.firstDate = row.firstDate, n.lastDate = row.firstDate, "
                + "n.troops = row.troops, n.aliases = []", moves);
    }

    private void buildRelations(int scale) {
        for (String treaty : treaties) {
            relation("SIGNED", "Person", pick(people), "Treaty", treaty, date());
            relation("SIGNED", "Person", pick(people), "Treaty", treaty, date());
            if (random.nextInt(3) == 0) {
                relation("RATIFIED", "Country", hub(), "Treaty", treaty, date());
            }
        }
        for (String person : people) {
            relation("HOLDS_OFFICE", "Person", person, "Country", hub(), date());
        }
        for (String deployment : deployments) {
            relation("REPORTED", "Country", hub(), "TroopDeployment", deployment, date());
            if (random.nextBoolean()) {
                relation("DENIED", "Person", pick(people), "TroopDeployment", deployment, date());
            }
        }
        for (int i = 0; i < 3 * countries.size(); i++) {
            String a = hub();
            relation("ALLIED_WITH", "Country", a, "Country", other(a), date());
        }
        for (int i = 0; i < 2 * countries.size(); i++) {
            String a = hub();
            relation("AIDED", "Country", a, "Country", other(a), date());
        }
        for (int i = 0; i < 10 * scale; i++) {
            relation("CONDEMNED", "Country", hub(), random.nextBoolean() ? "Treaty" : "Person",
                    random.nextBoolean() ? pick(treaties) : pick(people), date());
            String p = pick(people);
            String q = pick(people);
            if (!p.equals(q)) {
                relation("MET_WITH", "Person", p, "Person", q, date());
            }
        }
    }

    private void writeRelations(Session s, int articles) {
        List<String> ids = new ArrayList<>(relations.keySet());
        List<Map<String, Object>> evidence = new ArrayList<>();
        Map<String, Integer> sources = new HashMap<>();
        for (int a = 0; a < articles; a++) {
            String article = "bench-article-" + a;
            for (int k = 0; k < 4; k++) {
                // Square of a uniform draw: a few relations are reported very often.
                double u = random.nextDouble();
                String relId = ids.get((int) (u * u * ids.size()));
                sources.merge(relId, 1, Integer::sum);
                Map<String, Object> row = new HashMap<>(Map.of("id", relId + ":" + article + ":" + k, "relId", relId,
                        "article", article, "start", k * 100, "sentence", "Synthetic sentence " + k + " of " + article + "."));
                row.put("troops", relId.startsWith("rel:bench:DEPLOYED_TO") ? 1000 + random.nextInt(9000) : null);
                evidence.add(row);
            }
        }
        List<Map<String, Object>> articleRows = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            articleRows.add(Map.of("id", "bench-article-" + a, "date", date()));
        }
        batches(s, "UNWIND $rows AS row CREATE (a:Article {id: row.id, title: 'Synthetic ' + row.id, source: 'bench', "
                + "url: 'https://bench.example/' + row.id, publishedAt: row.date})", articleRows);
        Map<String, List<Map<String, Object>>> byShape = new HashMap<>();
        relations.forEach((id, r) -> {
            Map<String, Object> row = new HashMap<>(r);
            row.put("id", id);
            row.put("sources", sources.getOrDefault(id, 1));
            byShape.computeIfAbsent(r.get("type") + ":" + r.get("sl") + ":" + r.get("ol"), k -> new ArrayList<>()).add(row);
        });
        byShape.forEach((shape, rows) -> {
            String[] p = shape.split(":");
            // Type and labels come from the fixed lists above, never from outside.
            batches(s, "UNWIND $rows AS row MATCH (s:" + p[1] + " {id: row.s}) MATCH (o:" + p[2] + " {id: row.o}) "
                    + "MERGE (s)-[r:" + p[0] + " {id: row.id}]->(o) SET r.date = row.date, r.sources = row.sources, "
                    + "r.claimStatus = 'asserted', r.confidence = 0.8", rows);
        });
        batches(s, "UNWIND $rows AS row MATCH (a:Article {id: row.article}) "
                + "CREATE (e:Evidence {id: row.id, relId: row.relId, articleId: row.article, sentence: row.sentence, "
                + "start: row.start, end: row.start + size(row.sentence), confidence: 0.8, claimStatus: 'asserted', troops: row.troops})-[:IN]->(a)",
                evidence);
    }

    private void relation(String type, String sl, String s, String ol, String o, String date) {
        String id = "rel:bench:" + type + ":" + s + ":" + o;
        relations.putIfAbsent(id, Map.of("type", type, "sl", sl, "s", s, "ol", ol, "o", o, "date", date));
    }

    private static void batches(Session s, String cypher, List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            s.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
        }
    }

    /** A country, skewed towards the first few of a shuffled order (the hubs). */
    private String hub() {
        double u = random.nextDouble();
        return countries.get((int) (u * u * u * countries.size()));
    }

    private String other(String not) {
        String c;
        do {
            c = pick(countries);
        } while (c.equals(not));
        return c;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String date() {
        return String.format("%d-%02d-%02d", 2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
