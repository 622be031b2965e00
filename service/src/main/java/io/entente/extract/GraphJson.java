package io.entente.extract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON lines of the evaluation format: articles in, article graphs out (one line each),
 * and a plain reader of gold/prediction lines for scorers. Key order is fixed so that the
 * same graph always prints the same line.
 */
public final class GraphJson {

    /** Entity fields written before the flattened attrs; attrs may not shadow them. */
    private static final Set<String> ENTITY_FIELDS = Set.of("key", "type", "name", "aliases");

    /** Lenient like Python's json module where it is lenient (NaN, Infinity), strict elsewhere. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private GraphJson() {
    }

    /** One articles.jsonl line; unknown fields are ignored, {@code url} may be absent. */
    public static Article readArticle(String line) {
        JsonNode node = MAPPER.readTree(line);
        return new Article(text(node, "id"), text(node, "title"), text(node, "text"),
                text(node, "publishedAt"), text(node, "source"), text(node, "url"));
    }

    /** The graph as one JSON line in the prediction shape; null and empty optional fields are left out. */
    public static String writeGraph(ArticleGraph graph) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("articleId", graph.articleId());
        doc.put("entities", graph.entities().stream().map(GraphJson::entityFields).toList());
        doc.put("relations", graph.relations().stream().map(GraphJson::relationFields).toList());
        return MAPPER.writeValueAsString(doc);
    }

    /** Reads a line written by {@link #writeGraph} (or a gold line) back into typed records. */
    public static ArticleGraph readGraph(String line) {
        Map<String, Object> doc = asMap(readPlain(line));
        List<Entity> entities = new ArrayList<>();
        for (Object e : list(doc.get("entities"))) {
            entities.add(toEntity(asMap(e)));
        }
        List<Relation> relations = new ArrayList<>();
        for (Object r : list(doc.get("relations"))) {
            relations.add(toRelation(asMap(r)));
        }
        return new ArticleGraph(string(doc.get("articleId")), entities, relations);
    }

    /**
     * Any JSON text as plain Java values: {@code LinkedHashMap}, {@code ArrayList}, String, Boolean,
     * Integer/Long/BigInteger, Double and null, keeping the file's key order.
     */
    public static Object readPlain(String line) {
        return plain(MAPPER.readTree(line));
    }

    private static Map<String, Object> entityFields(Entity e) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "key", e.key());
        putIfPresent(out, "type", e.type());
        putIfPresent(out, "name", e.name());
        putIfPresent(out, "aliases", e.aliases());
        new TreeMap<>(e.attrs()).forEach((name, value) -> {
            if (!ENTITY_FIELDS.contains(name)) {
                putIfPresent(out, name, value);
            }
        });
        return out;
    }

    private static Map<String, Object> relationFields(Relation r) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "type", r.type());
        putIfPresent(out, "subject", r.subject());
        putIfPresent(out, "object", r.object());
        putIfPresent(out, "date", r.date());
        putIfPresent(out, "attrs", r.attrs());
        out.put("claimStatus", r.claimStatus().wire());
        Evidence ev = r.evidence();
        if (ev != null) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            putIfPresent(evidence, "sentence", ev.sentence());
            evidence.put("start", ev.start());
            evidence.put("end", ev.end());
            evidence.put("confidence", ev.confidence());
            putIfPresent(evidence, "extractor", ev.extractor());
            putIfPresent(evidence, "version", ev.version());
            out.put("evidence", evidence);
        }
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String name, Object value) {
        if (!isEmpty(value)) {
            out.put(name, deterministic(value));
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** Maps by sorted key and sets by sorted text, so that hash order never reaches the output. */
    private static Object deterministic(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), deterministic(v)));
            return sorted;
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(GraphJson::deterministic)
                    .sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))).toList();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(GraphJson::deterministic).toList();
        }
        return value;
    }

    private static Entity toEntity(Map<String, Object> fields) {
        Map<String, Object> attrs = new LinkedHashMap<>(fields);
        ENTITY_FIELDS.forEach(attrs::remove);
        List<String> aliases = list(fields.get("aliases")).stream().map(GraphJson::string).toList();
        return new Entity(string(fields.get("key")), string(fields.get("type")), string(fields.get("name")),
                aliases, withoutNulls(attrs));
    }

    private static Relation toRelation(Map<String, Object> fields) {
        Object status = fields.get("claimStatus");
        ClaimStatus claimStatus = status == null ? null
                : ClaimStatus.valueOf(status.toString().toUpperCase(Locale.ROOT));
        Evidence evidence = null;
        if (fields.get("evidence") instanceof Map<?, ?> ev) {
            evidence = new Evidence(string(ev.get("sentence")), intValue(ev.get("start")), intValue(ev.get("end")),
                    ev.get("confidence") instanceof Number n ? n.doubleValue() : 0.0,
                    string(ev.get("extractor")), string(ev.get("version")));
        }
        Map<String, Object> attrs = fields.get("attrs") instanceof Map<?, ?> m ? asMap(m) : Map.of();
        return new Relation(string(fields.get("type")), string(fields.get("subject")), string(fields.get("object")),
                string(fields.get("date")), withoutNulls(attrs), claimStatus, evidence);
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return smallest(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return null;
    }

    /** Integer where it fits, as a Java literal in {@code Map.of("troops", 3000)} would be. */
    private static Number smallest(BigInteger value) {
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> attrs) {
        Map<String, Object> out = new LinkedHashMap<>();
        attrs.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("expected a JSON object, got " + value);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static int intValue(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
