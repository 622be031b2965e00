package io.entente.store;

import io.entente.resolve.GraphNeeds;
import io.entente.resolve.GraphSnapshot;
import io.entente.resolve.GraphSnapshot.KnownDeployment;
import io.entente.resolve.GraphSnapshot.KnownEntity;
import io.entente.resolve.GraphSnapshot.KnownTreaty;
import io.entente.resolve.GraphState;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers resolution's questions inside the article's write transaction, one statement per kind. */
final class GraphLookup implements GraphState {

    /** One statement per label with ids to check (a UNION of all labels would be re-planned for every mix of empty lists). */
    private static final String EXISTING_IDS = """
            UNWIND $ids AS id
            MATCH (n:%s {id: id})
            RETURN n.id AS id""";

    private static final String PEOPLE = """
            UNWIND $countries AS c
            MATCH (p:Person {country: c})
            RETURN c AS country, p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases""";

    private static final String TREATIES = """
            UNWIND $keys AS k
            MATCH (t:Treaty {partyKey: k})
            RETURN k AS partyKey, t.id AS id, t.name AS name, coalesce(t.aliases, []) AS aliases, t.signedDate AS signedDate""";

    private static final String DEPLOYMENTS = """
            UNWIND $pairs AS k
            MATCH (d:TroopDeployment {pairKey: k})
            RETURN k AS pairKey, d.id AS id, d.firstDate AS firstDate, d.lastDate AS lastDate""";

    /** Labels whose ids resolution may ask about: the only ones spliced into {@link #EXISTING_IDS}. */
    private static final Set<String> LABELS = Set.of("Person", "Organization", "Location", "Treaty", "TroopDeployment");

    private final TransactionContext tx;

    GraphLookup(TransactionContext tx) {
        this.tx = tx;
    }

    @Override
    public GraphSnapshot load(GraphNeeds needs) {
        return new GraphSnapshot(existingIds(needs.idsByLabel()), people(needs.personCountries()),
                treaties(needs.treatyPartyKeys()), deployments(needs.deploymentPairs()));
    }

    private Map<String, Set<String>> existingIds(Map<String, Set<String>> idsByLabel) {
        Map<String, Set<String>> found = new HashMap<>();
        idsByLabel.forEach((label, ids) -> {
            if (!ids.isEmpty() && LABELS.contains(label)) {
                for (Record r : tx.run(EXISTING_IDS.formatted(label), Map.of("ids", List.copyOf(ids))).list()) {
                    found.computeIfAbsent(label, k -> new HashSet<>()).add(r.get("id").asString());
                }
            }
        });
        return found;
    }

    private Map<String, List<KnownEntity>> people(Set<String> countries) {
        Map<String, List<KnownEntity>> out = new HashMap<>();
        if (!countries.isEmpty()) {
            for (Record r : tx.run(PEOPLE, Map.of("countries", List.copyOf(countries))).list()) {
                out.computeIfAbsent(r.get("country").asString(), k -> new ArrayList<>()).add(new KnownEntity(
                        r.get("id").asString(), text(r.get("name")), strings(r.get("aliases")), r.get("country").asString()));
            }
        }
        return out;
    }

    private Map<String, List<KnownTreaty>> treaties(Set<String> partyKeys) {
        Map<String, List<KnownTreaty>> out = new HashMap<>();
        if (!partyKeys.isEmpty()) {
            for (Record r : tx.run(TREATIES, Map.of("keys", List.copyOf(partyKeys))).list()) {
                String key = r.get("partyKey").asString();
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new KnownTreaty(r.get("id").asString(),
                        text(r.get("name")), strings(r.get("aliases")), key, text(r.get("signedDate"))));
            }
        }
        return out;
    }

    private Map<String, List<KnownDeployment>> deployments(Set<String> pairs) {
        Map<String, List<KnownDeployment>> out = new HashMap<>();
        if (!pairs.isEmpty()) {
            for (Record r : tx.run(DEPLOYMENTS, Map.of("pairs", List.copyOf(pairs))).list()) {
                String key = r.get("pairKey").asString();
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new KnownDeployment(r.get("id").asString(), key,
                        text(r.get("firstDate")), text(r.get("lastDate"))));
            }
        }
        return out;
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
