package io.entente.bench;

import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The five canonical analyst questions, each as a GraphQL document and as the Cypher one would
 * write by hand, with a canonical form of the answer so both can be checked to agree.
 */
final class ApiBenchQueries {

    /** One question: how to ask it both ways and how to compare the answers. */
    record Canonical(String name, String graphQl, Map<String, Object> variables, String cypher,
                     Map<String, Object> params, Function<JsonNode, Object> fromGraphQl,
                     Function<List<Record>, Object> fromCypher) { }

    static final List<String> NETWORK_TYPES = List.of("ALLIED_WITH", "AIDED", "DEPLOYED_TO");
    private static final List<String> PATH_TYPES = List.of("ALLIED_WITH", "AIDED", "DEPLOYED_TO", "PARTY_TO");

    private ApiBenchQueries() {
    }

    static List<Canonical> all(String hub, String receiver, List<String> trio, String far) {
        return List.of(countryTreaties(hub), deployments(receiver), timeline(hub), network(trio), path(hub, far));
    }

    static Canonical network(List<String> trio) {
        return new Canonical("allianceNetwork depth 2 (3 countries)", """
                query($c: [ID!]!, $t: [String!]) { allianceNetwork(countries: $c, depth: 2, relationTypes: $t) {
                  nodes { id name type } edges { id source target type weight } } }""",
                Map.of("c", trio, "t", NETWORK_TYPES), """
                MATCH (c:Country) WHERE c.id IN $c
                WITH collect(c) AS seeds
                CALL (seeds) {
                  UNWIND seeds AS a
                  MATCH (a)-[r:ALLIED_WITH|AIDED|DEPLOYED_TO]-(b) WHERE coalesce(r.retracted, false) = false
                  RETURN collect(DISTINCT b) AS near, collect(DISTINCT r) AS nearRels
                }
                WITH seeds, [b IN near WHERE NOT b IN seeds] AS ring1, nearRels
                CALL (ring1) {
                  UNWIND ring1 AS a
                  MATCH (a)-[r:ALLIED_WITH|AIDED|DEPLOYED_TO]-(b) WHERE coalesce(r.retracted, false) = false
                  RETURN collect(DISTINCT b) AS far, collect(DISTINCT r) AS farRels
                }
                CALL (nearRels, farRels) { UNWIND nearRels + farRels AS r RETURN collect(DISTINCT r) AS rels }
                RETURN [x IN seeds + ring1 + [b IN far WHERE NOT b IN seeds AND NOT b IN ring1] | {id: x.id, name: x.name}] AS nodes,
                       [r IN rels | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), weight: r.sources}] AS edges""",
                Map.of("c", trio),
                json -> new TreeSet<>(List.of(ids(json.at("/allianceNetwork/nodes"), "id").toString(),
                        ids(json.at("/allianceNetwork/edges"), "id").toString())),
                records -> new TreeSet<>(List.of(
                        new TreeSet<>(records.getFirst().get("nodes").asList(v -> v.get("id").asString())).toString(),
                        new TreeSet<>(records.getFirst().get("edges").asList(v -> v.get("id").asString())).toString())));
    }

    private static Canonical countryTreaties(String hub) {
        return new Canonical("country + treaties + signers", """
                query($c: ID!) { country(code: $c) { id name }
                  treaties(filter: {party: $c}, first: 100) { edges { node { id name signedDate
                    signers { date subject { id name } } } } } }""",
                Map.of("c", hub), """
                MATCH (c:Country {id: $c})-[:PARTY_TO]->(t:Treaty)
                WITH c, t ORDER BY t.signedDate DESC, t.id LIMIT 100
                RETURN c.name AS country, t.id AS id, t.name AS name, t.signedDate AS signedDate,
                       COLLECT { MATCH (s)-[r:SIGNED]->(t) WHERE coalesce(r.retracted, false) = false
                                 RETURN {id: s.id, name: s.name, date: r.date} } AS signers""",
                Map.of("c", hub),
                json -> {
                    TreeSet<String> pairs = new TreeSet<>();
                    json.at("/treaties/edges").forEach(e -> e.at("/node/signers").forEach(s ->
                            pairs.add(e.at("/node/id").asString() + "|" + s.at("/subject/id").asString())));
                    return pairs;
                },
                records -> {
                    TreeSet<String> pairs = new TreeSet<>();
                    records.forEach(r -> r.get("signers").asList(v -> v.get("id").asString())
                            .forEach(s -> pairs.add(r.get("id").asString() + "|" + s)));
                    return pairs;
                });
    }

    private static Canonical deployments(String receiver) {
        return new Canonical("deployments into a country", """
                query($c: ID!) { deployments(filter: {to: $c}, first: 100) { edges { node { id troops from { id name }
                  figures { troops article { id } } } } } }""",
                Map.of("c", receiver), """
                MATCH (d:TroopDeployment {to: $c})
                WITH d ORDER BY coalesce(d.lastDate, d.firstDate, '') DESC, d.id LIMIT 100
                OPTIONAL MATCH (f:Country {id: d.from})
                OPTIONAL MATCH (f)-[r:DEPLOYED_TO]->(:Country {id: d.to})
                RETURN d.id AS id, d.troops AS troops, f.id AS from, f.name AS fromName,
                       COLLECT { MATCH (e:Evidence {relId: r.id})-[:IN]->(a:Article) WHERE e.troops IS NOT NULL
                                 RETURN {troops: e.troops, article: a.id} } AS figures""",
                Map.of("c", receiver),
                json -> {
                    List<String> rows = new ArrayList<>();
                    json.at("/deployments/edges").forEach(e -> rows.add(e.at("/node/id").asString() + "|"
                            + e.at("/node/figures").size()));
                    return rows;
                },
                records -> records.stream().map(r -> r.get("id").asString() + "|" + r.get("figures").size()).toList());
    }

    private static Canonical timeline(String hub) {
        return new Canonical("12-month events timeline", """
                query($c: ID!) { events(filter: {actor: $c, since: "2024-01", until: "2024-12"}, first: 100) {
                  totalCount edges { node { id type date sources object { id name } } } } }""",
                Map.of("c", hub), """
                MATCH (s:Country {id: $c})-[r:SIGNED|RATIFIED|DEPLOYED_TO|CONDEMNED|PARTY_TO|HOLDS_OFFICE|ALLIED_WITH|REPORTED|DENIED|MET_WITH|AIDED]->(o)
                WHERE r.date >= '2024-01' AND r.date < '2025' AND coalesce(r.retracted, false) = false
                WITH r, o ORDER BY r.date DESC, r.id
                WITH collect({id: r.id, type: type(r), date: r.date, sources: r.sources, object: {id: o.id, name: o.name}}) AS rows
                RETURN size(rows) AS total, rows[0..100] AS page""",
                Map.of("c", hub),
                json -> json.at("/events/totalCount").asInt() + ":" + ids(json.at("/events/edges"), "node", "id", false),
                records -> records.getFirst().get("total").asInt() + ":"
                        + records.getFirst().get("page").asList(v -> v.get("id").asString()));
    }

    private static Canonical path(String from, String to) {
        return new Canonical("path between two countries", """
                query($a: ID!, $b: ID!, $t: [String!]) { path(from: $a, to: $b, maxHops: 4, relationTypes: $t, first: 1) {
                  length nodes { id name } edges { id type evidence(first: 1) { sentence article { id } } } } }""",
                Map.of("a", from, "b", to, "t", PATH_TYPES), """
                MATCH (a:Country {id: $a}), (b:Country {id: $b})
                MATCH p = shortestPath((a)-[rs:ALLIED_WITH|AIDED|DEPLOYED_TO|PARTY_TO*..4]-(b))
                WHERE all(r IN rs WHERE coalesce(r.retracted, false) = false)
                RETURN length(p) AS length, [n IN nodes(p) | {id: n.id, name: n.name}] AS nodes,
                       [r IN relationships(p) | {id: r.id, type: type(r), evidence: COLLECT {
                           MATCH (e:Evidence {relId: r.id})-[:IN]->(x:Article)
                           WITH e, x ORDER BY toString(x.publishedAt) DESC, x.id, e.start LIMIT 1
                           RETURN {sentence: e.sentence, article: x.id} }}] AS edges""",
                Map.of("a", from, "b", to),
                json -> json.at("/path").isEmpty() ? -1 : json.at("/path/0/length").asInt(),
                records -> records.isEmpty() ? -1 : records.getFirst().get("length").asInt());
    }

    private static TreeSet<String> ids(JsonNode array, String field) {
        TreeSet<String> ids = new TreeSet<>();
        array.forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }

    private static List<String> ids(JsonNode edges, String node, String field, boolean sorted) {
        List<String> ids = new ArrayList<>();
        edges.forEach(e -> ids.add(e.get(node).get(field).asString()));
        return ids;
    }
}
