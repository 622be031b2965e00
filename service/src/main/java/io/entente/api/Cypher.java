package io.entente.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Constant Cypher fragments shared by the read queries. Only variable names and fixed label or
 * type lists are spliced in; every user value travels as a parameter.
 */
final class Cypher {

    /** The eleven event relationship types of the graph model. */
    static final List<String> EVENT_TYPES = List.of("SIGNED", "RATIFIED", "DEPLOYED_TO", "CONDEMNED", "PARTY_TO",
            "HOLDS_OFFICE", "ALLIED_WITH", "REPORTED", "DENIED", "MET_WITH", "AIDED");

    /** Labels of the nodes that implement the GraphQL Entity interface. */
    static final List<String> ENTITY_LABELS = List.of("Country", "Person", "Organization", "Location", "Treaty",
            "TroopDeployment");

    /** {@code :SIGNED|RATIFIED|...}: lets the planner scan event relationships only. */
    static final String EVENT_REL = ":" + String.join("|", EVENT_TYPES);

    private static final String LABEL_LIST = ENTITY_LABELS.stream().map(l -> "'" + l + "'")
            .collect(Collectors.joining(", ", "[", "]"));

    private Cypher() {
    }

    /** The entity label of node {@code v}. */
    static String label(String v) {
        return "coalesce([l IN labels(" + v + ") WHERE l IN " + LABEL_LIST + "][0], head(labels(" + v + ")))";
    }

    /** Map projection of entity node {@code v}, with its label as {@code type} and its element id. */
    static String entity(String v) {
        return v + " {.*, type: " + label(v) + ","
                + " name: coalesce(" + v + ".name, " + v + ".id), code: " + v + ".id,"
                + " aliases: coalesce(" + v + ".aliases, []), adjectives: coalesce(" + v + ".adjectives, []),"
                + " metonyms: coalesce(" + v + ".metonyms, []), parties: coalesce(" + v + ".parties, []),"
                + " eid: elementId(" + v + ")}";
    }

    /**
     * Map projection of entity node {@code v} with only what a selection of {@code fields} (names
     * from the schema) reads, plus id, type and element id, which type resolution and the loaders
     * need. Fields the node does not store come out null, as with {@link #entity}.
     */
    static String entity(String v, java.util.Set<String> fields) {
        StringBuilder m = new StringBuilder(v).append(" {.id, type: ").append(label(v)).append(", eid: elementId(").append(v).append(')');
        for (String f : fields) {
            switch (f) {
                case "id", "type", "eid", "__typename" -> { }
                case "name" -> m.append(", name: coalesce(").append(v).append(".name, ").append(v).append(".id)");
                case "code" -> m.append(", code: ").append(v).append(".id");
                case "aliases", "adjectives", "metonyms", "parties" ->
                        m.append(", ").append(f).append(": coalesce(").append(v).append('.').append(f).append(", [])");
                default -> m.append(", .").append(identifier(f));
            }
        }
        return m.append('}').toString();
    }

    /**
     * Map projection of article node {@code a} with only what a selection of {@code fields} reads, plus
     * its id, and its element id when the entities or events of the article (batch-loaded by it) are read.
     */
    static String article(String a, java.util.Set<String> fields) {
        StringBuilder m = new StringBuilder(a).append(" {.id");
        if (fields.contains("entities") || fields.contains("events")) {
            m.append(", eid: elementId(").append(a).append(')');
        }
        for (String f : fields) {
            switch (f) {
                case "id", "eid", "__typename", "entities", "events" -> { }
                case "publishedAt", "ingestedAt" -> m.append(", ").append(f).append(": toString(").append(a).append('.').append(f).append(')');
                default -> m.append(", .").append(identifier(f));
            }
        }
        return m.append('}').toString();
    }

    /** A GraphQL field name (already validated against the schema) as a property key; anything else is refused. */
    static String identifier(String name) {
        if (!name.matches("[_A-Za-z][_0-9A-Za-z]*")) {
            throw new IllegalArgumentException("Not a field name: " + name);
        }
        return name;
    }

    /**
     * The end of a list statement that has collected its ordered matches into {@code found}: the
     * total and the page window, as entity maps ({@code page} null) or through subquery {@code page},
     * which turns {@code pageNodes} into {@code page}.
     */
    static String page(String page) {
        if (page == null) {
            return "RETURN size(found) AS total, [n IN found[$skip..($skip + $limit)] | " + entity("n") + "] AS page";
        }
        return "WITH found, found[$skip..($skip + $limit)] AS pageNodes\n" + page + "RETURN size(found) AS total, page";
    }

    /**
     * Map projection of event relationship {@code r} for a {@link DetailsLoader} column, where subject
     * and object are already entity maps; its properties are a {@code {{rel:r:}}} slot.
     */
    static String eventOf(String r, String subjectMap, String objectMap) {
        return "{rel: {{rel:" + r + ":}}, type: type(" + r + "), subject: " + subjectMap + ", object: " + objectMap + "}";
    }

    /** Event fields stored as properties of the event relationship. */
    private static final java.util.Set<String> EVENT_PROPERTIES = java.util.Set.of("date", "claimStatus", "sources",
            "confidence", "firstReported", "lastReported", "retracted", "troops", "location", "role", "status", "vote");

    /** Map projection of event relationship {@code r} with its id and what a selection of Event {@code fields} reads. */
    static String relation(String r, java.util.Set<String> fields) {
        StringBuilder m = new StringBuilder(r).append(" {.id");
        fields.stream().filter(EVENT_PROPERTIES::contains).forEach(f -> m.append(", .").append(f));
        return m.append('}').toString();
    }

    /** Map projection of event relationship {@code r} from {@code s} to {@code o}. */
    static String event(String r, String s, String o) {
        return "{rel: properties(" + r + "), type: type(" + r + "), subject: " + entity(s) + ", object: " + entity(o) + "}";
    }

    /** Map projection of article node {@code a}. */
    static String article(String a) {
        return a + " {.id, .title, .source, .url, publishedAt: toString(" + a + ".publishedAt),"
                + " ingestedAt: toString(" + a + ".ingestedAt), .extractor, .extractorVersion, eid: elementId(" + a + ")}";
    }

    /**
     * A subquery binding {@code v} to the entity whose id is parameter {@code param}, by an index
     * seek per label (a country also by its alpha-2 code); no row when there is none.
     */
    static String anchor(String param, String v) {
        StringBuilder union = new StringBuilder("CALL () {\n  MATCH (x:Country) WHERE x.id = $" + param
                + " OR x.iso2 = $" + param + " RETURN x AS " + v + "\n");
        for (String label : ENTITY_LABELS.subList(1, ENTITY_LABELS.size())) {
            union.append("  UNION MATCH (x:").append(label).append(" {id: $").append(param).append("}) RETURN x AS ")
                    .append(v).append('\n');
        }
        return union.append("}\n").toString();
    }

    /**
     * A subquery binding {@code s}, {@code r}, {@code o} to the event relationships whose ids are in
     * list {@code ids} (a parameter or an imported variable): one relationship-index seek per type.
     */
    static String relationsById(String imports, String ids) {
        StringBuilder union = new StringBuilder("CALL (" + imports + ") {\n");
        for (String type : EVENT_TYPES) {
            union.append(type.equals(EVENT_TYPES.getFirst()) ? "  " : "  UNION ALL ")
                    .append("MATCH (s)-[r:").append(type).append("]->(o) WHERE r.id IN ").append(ids)
                    .append(" RETURN s, r, o\n");
        }
        return union.append("}\n").toString();
    }

    /** True for relationship {@code r} unless it is retracted and {@code $includeRetracted} is false. */
    static String visible(String r) {
        return "($includeRetracted OR coalesce(" + r + ".retracted, false) = false)";
    }

    /**
     * Date window on {@code expr} (a YYYY[-MM[-DD]] string): true when it overlaps [$since, $until],
     * each side compared at the coarser of the two precisions.
     */
    static String window(String expr) {
        return "($since IS NULL OR left(" + expr + ", size($since)) >= left($since, size(" + expr + ")))"
                + " AND ($until IS NULL OR left(" + expr + ", size($until)) <= left($until, size(" + expr + ")))";
    }
}
