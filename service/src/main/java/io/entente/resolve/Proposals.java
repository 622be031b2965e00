package io.entente.resolve;

import io.entente.extract.ArticleGraph;
import io.entente.extract.Entity;
import io.entente.extract.Relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Builds each entity's {@link Proposal}: the pure, graph-free half of resolution. */
final class Proposals {

    private final ReferenceData reference;

    Proposals(ReferenceData reference) {
        this.reference = reference;
    }

    /** Null for an entity that cannot become a node (unknown type, country without an alpha-3 key). */
    Proposal propose(Entity e, ArticleGraph graph, String publishedDate) {
        List<String> names = names(e);
        String country = code(e.attr("country"));
        return switch (e.type() == null ? "" : e.type()) {
            case "Country" -> country(e);
            case "Person" -> person(e, names, country);
            case "Organization" -> named(e, "Organization", names, country, reference.organization(names, country));
            case "Location" -> named(e, "Location", names, country, null);
            case "Treaty" -> treaty(e, names);
            case "TroopDeployment" -> deployment(e, names, graph, publishedDate);
            default -> null;
        };
    }

    private Proposal country(Entity e) {
        String iso3 = code(e.key());
        if (iso3 == null || iso3.length() != 3) {
            return null;
        }
        return new Proposal(e, "Country", names(e), iso3, iso3, List.of(), null, Map.of());
    }

    private Proposal person(Entity e, List<String> names, String country) {
        if (names.isEmpty()) {
            return null;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        ReferenceData.Entry listed = reference.person(names, country);
        String home = country != null ? country : listed == null ? null : listed.country();
        put(props, "country", home);
        put(props, "role", e.attr("role") != null ? e.attr("role") : listed == null ? null : listed.role());
        List<String> aliasIds = names.stream().filter(n -> Names.tokens(n).size() >= 2).map(Keys::person).distinct().toList();
        if (listed != null) {
            names = withFirst(listed.name(), names);
        }
        return new Proposal(e, "Person", names, home, Keys.person(names.getFirst()), aliasIds,
                listed == null ? null : new Match(listed.key(), Match.GAZETTEER), props);
    }

    private Proposal named(Entity e, String label, List<String> names, String country, ReferenceData.Entry listed) {
        if (names.isEmpty()) {
            return null;
        }
        String home = country != null ? country : listed == null ? null : listed.country();
        Map<String, Object> props = new LinkedHashMap<>();
        put(props, "country", home);
        if (label.equals("Organization")) {
            put(props, "kind", e.attr("kind") != null ? e.attr("kind") : listed == null ? null : listed.kind());
        }
        List<String> aliasIds = names.stream().map(n -> label.equals("Location") ? Keys.location(home, n)
                : Keys.organization(home, n)).distinct().toList();
        if (listed != null) {
            names = withFirst(listed.name(), names);
        }
        return new Proposal(e, label, names, home, aliasIds.getFirst(), aliasIds,
                listed == null ? null : new Match(listed.key(), Match.GAZETTEER), props);
    }

    private Proposal treaty(Entity e, List<String> names) {
        Set<String> parties = new TreeSet<>();
        if (e.attr("parties") instanceof Collection<?> list) {
            list.stream().map(Proposals::code).filter(Objects::nonNull).forEach(parties::add);
        }
        String partyKey = Keys.partyKey(parties);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("parties", List.copyOf(parties));
        props.put("partyKey", partyKey);
        put(props, "signedDate", e.attr("signedDate"));
        put(props, "status", e.attr("status"));
        List<String> ids = names.isEmpty() ? List.of(Keys.treaty(partyKey, null))
                : names.stream().map(n -> Keys.treaty(partyKey, n)).distinct().toList();
        return new Proposal(e, "Treaty", names, null, ids.getFirst(), ids, null, props);
    }

    private Proposal deployment(Entity e, List<String> names, ArticleGraph graph, String publishedDate) {
        String from = code(e.attr("from"));
        String to = code(e.attr("to"));
        String date = string(e.attr("date"));
        if (date == null) {
            date = graph.relations().stream()
                    .filter(r -> r.type().equals("DEPLOYED_TO") && r.date() != null
                            && Objects.equals(code(r.subject()), from) && Objects.equals(code(r.object()), to))
                    .map(Relation::date).findFirst().orElse(publishedDate);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        put(props, "from", from);
        put(props, "to", to);
        props.put("pairKey", Keys.pairKey(from, to));
        put(props, "location", string(e.attr("location")));
        put(props, "troops", e.attr("troops") instanceof Number n ? n.longValue() : null);
        put(props, "date", date);
        String id = Keys.deployment(from, to, date);
        String name = e.name() != null ? e.name() : (from + " troops in " + to);
        return new Proposal(e, "TroopDeployment", withFirst(name, names), null, id, List.of(id), null, props);
    }

    static List<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        if (e.name() != null && !e.name().isBlank()) {
            names.add(e.name().strip());
        }
        for (String a : e.aliases()) {
            if (a != null && !Names.normalise(a).isEmpty()) {
                names.add(a.strip());
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> withFirst(String first, List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        out.add(first);
        out.addAll(names);
        return new ArrayList<>(out);
    }

    private static void put(Map<String, Object> props, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            props.put(key, value);
        }
    }

    static String code(Object value) {
        String s = string(value);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String string(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
