package io.entente.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads the nested details of every node of one type in a request with a single statement
 * ({@code UNWIND $eids}) that computes only the detail columns the request selected: a query for
 * treaties' signers does not pay for their ratifiers, condemnations and articles.
 * <p>
 * A list query can go further and compute the selected columns in its own statement
 * ({@link #preloading}): every statement costs a Bolt round trip and a transaction, which on a
 * busy machine is as much as the work of a small query. The nodes then carry their columns under
 * {@link #PRELOADED} and {@link #load} answers from there without the batch statement.
 */
final class DetailsLoader {

    /**
     * A slot in a column's text for the map of an entity or article node: {@code {{entity:s:subject}}}
     * is entity {@code s}, shown as the column's field {@code subject} (empty: the column's field itself).
     * The batch statement fills in whole maps; a preloading list statement only what its selection reads.
     * {@code {{object:treaty:}}}, an event's object, is map variable {@code treaty} in the batch
     * statement and null in a preloading one: there the object is the node's own map, which the list
     * already carries (see {@link #events(Object, Map)}), so it is not sent back once per event.
     * {@code {{rel:r:}}} is event relationship {@code r}'s properties: all of them in the batch
     * statement, those the column's selection reads (and the id) in a preloading one.
     * {@code e {{{props:e:}}...}} starts map projection {@code e {...}} with node {@code e}'s
     * properties: all of them in the batch statement, only the scalar fields the column's selection
     * reads in a preloading one (long strings such as evidence sentences are the costly part of a read).
     */
    private static final Pattern SLOT = Pattern.compile("\\{\\{(entity|article|object|rel|props):(\\w+):(\\w*)}}");

    /**
     * Where a bind puts the node's own entity map: the whole map in the batch statement; null in a
     * preloading one, which projects only what the selection reads of the node (see {@link #preloading}).
     */
    static final String SELF = "{{self}}";

    /** Key of a node map under which its root statement left the detail columns already computed. */
    static final String PRELOADED = "__details";

    /** One column (a nested field's data) of one node, found by element id. */
    record Key(String eid, String column) { }

    private final GraphReader graph;
    private final String variable;
    private final String bind;
    private final String mapVariable;
    private final Map<String, String> columns;
    /** One statement per combination of columns; the combinations come from the fixed column names. */
    private final Map<Set<String>, String> statements = new ConcurrentHashMap<>();

    private DetailsLoader(GraphReader graph, String variable, String bind, String mapVariable, Map<String, String> columns) {
        this.graph = graph;
        this.variable = variable;
        this.bind = bind;
        this.mapVariable = mapVariable;
        this.columns = Map.copyOf(columns);
    }

    /**
     * Registers loader {@code name}. {@code bind} starts from {@code eid} and the node bound to
     * {@code variable} and binds what the columns use, among them {@code mapVariable}, the node's
     * entity map, written {@link #SELF}; {@code columns} maps each column name to a constant Cypher
     * expression over them.
     */
    static DetailsLoader register(BatchLoaderRegistry registry, String name, GraphReader graph, String variable,
                                  String bind, String mapVariable, Map<String, String> columns) {
        DetailsLoader loader = new DetailsLoader(graph, variable, bind, mapVariable, columns);
        registry.<Key, Object>forName(name).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> loader.load(keys)));
        return loader;
    }

    /** Column {@code column} of {@code node}; null when the node has no such details. */
    @SuppressWarnings("unchecked")
    static <T> CompletableFuture<T> load(DataLoader<Key, Object> loader, Map<String, Object> node, String column) {
        if (node.get(PRELOADED) instanceof Map<?, ?> preloaded && preloaded.containsKey(column)) {
            return CompletableFuture.completedFuture((T) preloaded.get(column));
        }
        return loader.load(new Key(Values.str(node, "eid"), column)).thenApply(v -> (T) v);
    }

    static List<Event> events(Object rows) {
        return rows instanceof List<?> list ? list.stream().map(r -> Event.of(cast(r))).toList() : List.of();
    }

    /** Events of {@code parent}'s details; those preloaded without their object get {@code parent}, the node they were asked of. */
    static List<Event> events(Object rows, Map<String, Object> parent) {
        return rows instanceof List<?> list ? list.stream().map(r -> {
            Map<String, Object> row = cast(r);
            if (row.get("object") == null) {
                row = new HashMap<>(row);
                row.put("object", parent);
            }
            return Event.of(row);
        }).toList() : List.of();
    }

    /**
     * The detail columns a list field's selection asks of its nodes ({@code edges/node/<field>}):
     * a field is its own column unless {@code derived} names the column it is computed from.
     */
    Set<String> selected(DataFetchingEnvironment env, Map<String, String> derived) {
        Set<String> wanted = new TreeSet<>();
        for (SelectedField field : env.getSelectionSet().getFields("edges/node/*")) {
            String column = derived.getOrDefault(field.getName(), field.getName());
            if (columns.containsKey(column)) {
                wanted.add(column);
            }
        }
        return wanted;
    }

    /**
     * A subquery that turns list {@code list} of nodes into list {@code page} of their entity maps,
     * each with the {@code wanted} columns under {@link #PRELOADED}, in the list's order. Only
     * fixed fragments are spliced in.
     */
    String preloading(String list, Set<String> wanted, DataFetchingEnvironment env) {
        // The node's map holds only what the selection reads: a whole entity map per node (all
        // properties, label filtering) costs more than the query's own work on a page of a hundred.
        // Events preloaded without their object get this map as object (see events(Object, Map)).
        Set<String> own = Selections.names(env, "edges/node/*", "edges/node/*/object/*");
        own.removeAll(columns.keySet());
        String self = Cypher.entity(variable, own);
        StringBuilder q = new StringBuilder("CALL (").append(list).append(") {\n  UNWIND ").append(list)
                .append(" AS ").append(variable).append("\n  WITH ").append(variable).append(", elementId(")
                .append(variable).append(") AS eid\n").append(bind.replace(SELF, "null")).append("\n  RETURN collect(")
                .append(self, 0, self.length() - 1).append(", ").append(PRELOADED).append(": {");
        String separator = "";
        for (String column : new TreeSet<>(wanted)) {
            q.append(separator).append(column).append(": ").append(expression(column, env));
            separator = ",\n    ";
        }
        return q.append("}}) AS page\n}\n").toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object row) {
        return (Map<String, Object>) row;
    }

    private Map<Key, Object> load(Set<Key> keys) {
        Set<String> wanted = keys.stream().map(Key::column).collect(Collectors.toCollection(TreeSet::new));
        List<String> eids = keys.stream().map(Key::eid).distinct().toList();
        Map<Key, Object> result = new HashMap<>();
        for (Map<String, Object> row : graph.rows(statement(wanted), Map.of("eids", eids))) {
            String eid = Values.str(row, "eid");
            wanted.forEach(column -> result.put(new Key(eid, column), row.get(column)));
        }
        // A DataLoader wants an entry per key; a missing node has no details.
        keys.forEach(k -> result.putIfAbsent(k, null));
        return result;
    }

    /** {@code .a, .b, } for the scalar fields a, b of {@code path}'s selection. */
    private static String scalars(DataFetchingEnvironment env, String path) {
        StringBuilder props = new StringBuilder();
        env.getSelectionSet().getFields(path).stream()
                .filter(f -> GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLScalarType)
                .map(SelectedField::getName).distinct()
                .forEach(name -> props.append('.').append(Cypher.identifier(name)).append(", "));
        return props.toString();
    }

    private String statement(Set<String> wanted) {
        return statements.computeIfAbsent(Set.copyOf(wanted), w -> {
            StringBuilder q = new StringBuilder("UNWIND $eids AS eid\nMATCH (").append(variable)
                    .append(") WHERE elementId(").append(variable).append(") = eid\n").append(bind.replace(SELF, Cypher.entity(variable)))
                    .append("\nRETURN eid");
            for (String column : new TreeSet<>(w)) {
                q.append(",\n  ").append(expression(column, null)).append(" AS ").append(column);
            }
            return q.toString();
        });
    }

    /** Column {@code column}'s text with its slots filled: whole maps without {@code env}, else what env's selection reads. */
    private String expression(String column, DataFetchingEnvironment env) {
        String expression = columns.get(column);
        if (expression == null) {
            throw new IllegalArgumentException("No details column " + column);
        }
        Matcher slot = SLOT.matcher(expression);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String kind = slot.group(1);
            String v = slot.group(2);
            String path = "edges/node/" + column + (slot.group(3).isEmpty() ? "" : "/" + slot.group(3)) + "/*";
            String map = switch (kind) {
                case "object" -> env == null ? v : "null";
                case "rel" -> env == null ? "properties(" + v + ")" : Cypher.relation(v, Selections.names(env, path));
                case "props" -> env == null ? ".*, " : scalars(env, path);
                case "entity" -> env == null ? Cypher.entity(v) : Cypher.entity(v, Selections.names(env, path));
                default -> env == null ? Cypher.article(v) : Cypher.article(v, Selections.names(env, path));
            };
            slot.appendReplacement(filled, Matcher.quoteReplacement(map));
        }
        return slot.appendTail(filled).toString();
    }
}
