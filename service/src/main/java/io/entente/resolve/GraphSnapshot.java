package io.entente.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The graph's answers to {@link GraphNeeds}. */
public record GraphSnapshot(Map<String, Set<String>> existingIds, Map<String, List<KnownEntity>> peopleByCountry,
                            Map<String, List<KnownTreaty>> treatiesByParties,
                            Map<String, List<KnownDeployment>> deploymentsByPair) {

    public static final GraphSnapshot EMPTY = new GraphSnapshot(Map.of(), Map.of(), Map.of(), Map.of());

    /** A Person, Organization or Location node as resolution sees it. */
    public record KnownEntity(String id, String name, List<String> aliases, String country) {
    }

    public record KnownTreaty(String id, String name, List<String> aliases, String partyKey, String signedDate) {
    }

    /** Dates are YYYY, YYYY-MM or YYYY-MM-DD. */
    public record KnownDeployment(String id, String pairKey, String firstDate, String lastDate) {
    }

    boolean exists(String label, String id) {
        return existingIds.getOrDefault(label, Set.of()).contains(id);
    }

    List<KnownEntity> people(String country) {
        return peopleByCountry.getOrDefault(country, List.of());
    }

    List<KnownTreaty> treaties(String partyKey) {
        return treatiesByParties.getOrDefault(partyKey, List.of());
    }

    List<KnownDeployment> deployments(String pairKey) {
        return deploymentsByPair.getOrDefault(pairKey, List.of());
    }
}
