package io.entente.api;

import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small graph in the documented shape (graph-schema/README.md), written with parameterised
 * Cypher until ingestion writes real articles: a treaty signed by two leaders and ratified by a
 * legislature, a troop deployment with two differing figures, reports and denials, alliances two
 * hops deep and one retracted event. All text is invented for the tests.
 */
final class ApiFixture {

    static final String TREATY = "treaty:fxa-fxb:test-partnership-pact";
    static final String DEPLOYMENT = "deployment:PRK:RUS:2024-10";

    private static final String NODES = """
            UNWIND $nodes AS row
            CALL (row) {
              MERGE (n:$(row.label) {id: row.id})
              ON CREATE SET n += row.props, n.aliasText = reduce(t = '', a IN coalesce(row.props.aliases, []) | t + ' | ' + a)
            }""";
    private static final String ARTICLES = """
            UNWIND $articles AS row
            MERGE (a:Article {id: row.id})
            SET a.title = row.title, a.url = row.url, a.source = 'Fixture Wire', a.publishedAt = row.date,
                a.extractor = 'fixture', a.extractorVersion = '1'
            WITH a, row UNWIND row.mentions AS mention
            MATCH (e {id: mention}) WHERE NOT e:Article
            MERGE (a)-[:MENTIONS]->(e)""";
    private static final String RELATIONS = """
            UNWIND $rels AS row
            MATCH (s {id: row.s}) WHERE NOT s:Article AND NOT s:Evidence
            MATCH (o {id: row.o}) WHERE NOT o:Article AND NOT o:Evidence
            MERGE (s)-[r:$(row.type)]->(o)
            SET r += row.props, r.id = row.id, r.sources = size(row.evidence),
                r.confidence = 0.9,
                r.claimStatus = coalesce(row.props.claimStatus, 'asserted')
            WITH r, row UNWIND row.evidence AS ev
            MATCH (a:Article {id: ev.article})
            MERGE (e:Evidence {id: row.id + ':' + ev.article + ':' + ev.start})
            SET e.relId = row.id, e.type = row.type, e.articleId = ev.article, e.sentence = ev.sentence,
                e.start = ev.start, e.end = ev.start + size(ev.sentence), e.confidence = 0.9,
                e.claimStatus = coalesce(row.props.claimStatus, 'asserted'), e.troops = ev.troops,
                e.date = row.props.date, e.extractor = 'fixture', e.extractorVersion = '1'
            MERGE (e)-[:IN]->(a)""";

    private ApiFixture() {
    }

    static synchronized void load(Driver driver) {
        try (var session = driver.session()) {
            boolean loaded = session.run("MATCH (a:Article {id: 'fx-api-1'}) RETURN count(a) > 0 AS loaded")
                    .single().get("loaded").asBoolean();
            if (loaded) {
                return;
            }
            session.run(NODES, Map.of("nodes", nodes())).consume();
            session.run(ARTICLES, Map.of("articles", articles())).consume();
            session.run(RELATIONS, Map.of("rels", relations())).consume();
        }
    }

    private static List<Map<String, Object>> nodes() {
        return List.of(
                // The states exist already when the gazetteer is seeded; MERGE keeps them as they are.
                node("Country", "RUS", Map.of("name", "Russia", "iso2", "RU", "aliases", List.of("Russian Federation"))),
                node("Country", "PRK", Map.of("name", "North Korea", "iso2", "KP", "aliases", List.of("DPRK"))),
                node("Country", "KOR", Map.of("name", "South Korea", "iso2", "KR", "aliases", List.of("Republic of Korea"))),
                node("Country", "BLR", Map.of("name", "Belarus", "iso2", "BY", "aliases", List.of())),
                node("Person", "person:fx-vladimir-putin", Map.of("name", "Vladimir Putin", "country", "RUS",
                        "role", "President", "aliases", List.of("Putin"))),
                node("Person", "person:fx-kim-jong-un", Map.of("name", "Kim Jong Un", "country", "PRK",
                        "role", "Supreme Leader", "aliases", List.of("Kim"))),
                node("Person", "person:fx-spokesman", Map.of("name", "Dmitry Fixturov", "country", "RUS",
                        "role", "Spokesman", "aliases", List.of("Fixturov"))),
                node("Organization", "org:rus:fx-duma", Map.of("name", "Fixture Duma", "country", "RUS",
                        "kind", "legislature", "aliases", List.of("lower house"))),
                node("Person", "person:fx-ivan-testov", Map.of("name", "Ivan Testov", "country", "RUS",
                        "role", "Envoy", "aliases", List.of("Testov"))),
                node("Person", "person:fx-i-testov", Map.of("name", "I. Testov", "country", "RUS",
                        "aliases", List.of("Envoy Testov"))),
                node("Location", "loc:rus:fx-kursk", Map.of("name", "Kursk", "country", "RUS", "aliases", List.of())),
                node("Treaty", TREATY, Map.of("name", "Test Partnership Pact", "parties", List.of("PRK", "RUS"),
                        "signedDate", "2024-06-19", "status", "ratified", "aliases", List.of("partnership pact"))),
                node("TroopDeployment", DEPLOYMENT, Map.of("name", "PRK → RUS", "from", "PRK", "to", "RUS",
                        "location", "loc:rus:fx-kursk", "troops", 10000, "firstDate", "2024-10", "lastDate", "2024-11")));
    }

    private static List<Map<String, Object>> articles() {
        return List.of(
                article("fx-api-1", "Leaders sign a partnership pact", "2024-06-20",
                        List.of("RUS", "PRK", "person:fx-vladimir-putin", "person:fx-kim-jong-un", TREATY)),
                article("fx-api-2", "Lawmakers ratify the pact; troops reported", "2024-10-25",
                        List.of("RUS", "PRK", "org:rus:fx-duma", TREATY, DEPLOYMENT, "KOR")),
                article("fx-api-3", "Troop figure revised upward", "2024-11-10",
                        List.of("RUS", "PRK", DEPLOYMENT, "person:fx-spokesman", "BLR")));
    }

    private static List<Map<String, Object>> relations() {
        List<Map<String, Object>> rels = new ArrayList<>();
        rels.add(rel("SIGNED", "person:fx-vladimir-putin", TREATY, Map.of("date", "2024-06-19"),
                ev("fx-api-1", 0, "The Russian president put his name to the pact in the capital on Wednesday.", null)));
        rels.add(rel("SIGNED", "person:fx-kim-jong-un", TREATY, Map.of("date", "2024-06-19"),
                ev("fx-api-1", 80, "His host signed the same document beside him.", null)));
        rels.add(rel("PARTY_TO", "RUS", TREATY, Map.of(), ev("fx-api-1", 130, "Both states are bound by the pact.", null)));
        rels.add(rel("PARTY_TO", "PRK", TREATY, Map.of(), ev("fx-api-1", 130, "Both states are bound by the pact.", null)));
        rels.add(rel("RATIFIED", "org:rus:fx-duma", TREATY, Map.of("date", "2024-10-24", "vote", "399-0"),
                ev("fx-api-2", 0, "The lower house approved the pact unanimously on Thursday.", null)));
        rels.add(rel("DEPLOYED_TO", "PRK", "RUS", Map.of("date", "2024-10", "troops", 10000, "location", "loc:rus:fx-kursk"),
                ev("fx-api-2", 70, "About 3,000 soldiers from the North were said to be training in the east.", 3000),
                ev("fx-api-3", 0, "Officials now put the contingent at 10,000.", 10000)));
        rels.add(rel("REPORTED", "KOR", DEPLOYMENT, Map.of("date", "2024-10", "claimStatus", "reported"),
                ev("fx-api-2", 140, "Seoul's spy agency said it had tracked the transfers.", null)));
        rels.add(rel("DENIED", "person:fx-spokesman", DEPLOYMENT, Map.of("date", "2024-11", "claimStatus", "denied"),
                ev("fx-api-3", 60, "A spokesman called the reports a fabrication.", null)));
        rels.add(rel("ALLIED_WITH", "RUS", "BLR", Map.of("date", "2024-11"),
                ev("fx-api-3", 120, "Moscow and Minsk restated their alliance.", null)));
        rels.add(rel("CONDEMNED", "KOR", TREATY, Map.of("date", "2024-06-21"),
                ev("fx-api-2", 200, "Seoul condemned the pact as a threat.", null)));
        rels.add(rel("HOLDS_OFFICE", "person:fx-vladimir-putin", "RUS", Map.of("role", "President"),
                ev("fx-api-1", 0, "The Russian president put his name to the pact in the capital on Wednesday.", null)));
        // Curation targets: two spellings of one envoy, and an event to retract.
        rels.add(rel("MET_WITH", "person:fx-ivan-testov", "person:fx-spokesman", Map.of("date", "2024-02"),
                ev("fx-api-3", 240, "The envoy met the spokesman in February.", null)));
        rels.add(rel("MET_WITH", "person:fx-i-testov", "person:fx-spokesman", Map.of("date", "2024-01-15"),
                ev("fx-api-2", 260, "Testov had already held talks with the spokesman in January.", null)));
        rels.add(rel("CONDEMNED", "person:fx-i-testov", "org:rus:fx-duma", Map.of(),
                ev("fx-api-2", 320, "The envoy criticised the lawmakers.", null)));
        rels.add(rel("CONDEMNED", "person:fx-ivan-testov", "loc:rus:fx-kursk", Map.of(),
                ev("fx-api-3", 300, "He deplored the situation in the border region.", null)));
        Map<String, Object> retracted = new HashMap<>(Map.of("date", "2024-11-02", "retracted", true,
                "retractedReason", "misread sentence"));
        rels.add(rel("AIDED", "RUS", "PRK", retracted, ev("fx-api-3", 180, "Fuel shipments were discussed.", null)));
        return rels;
    }

    private static Map<String, Object> node(String label, String id, Map<String, Object> props) {
        return Map.of("label", label, "id", id, "props", props);
    }

    private static Map<String, Object> article(String id, String title, String date, List<String> mentions) {
        return Map.of("id", id, "title", title, "date", date, "url", "https://fixture.example/" + id,
                "mentions", mentions);
    }

    @SafeVarargs
    private static Map<String, Object> rel(String type, String s, String o, Map<String, Object> props,
                                           Map<String, Object>... evidence) {
        return Map.of("type", type, "s", s, "o", o, "props", props, "evidence", List.of(evidence),
                "id", "rel:fx:" + type + ":" + s + ":" + o);
    }

    private static Map<String, Object> ev(String article, int start, String sentence, Integer troops) {
        Map<String, Object> m = new HashMap<>(Map.of("article", article, "start", start, "sentence", sentence));
        m.put("troops", troops);
        return m;
    }
}
