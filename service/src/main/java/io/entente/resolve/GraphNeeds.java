package io.entente.resolve;

import java.util.Map;
import java.util.Set;

/**
 * One article's questions to the graph, asked in one batch: which of these ids exist (per
 * label), which people live in these countries, which treaties bind these party sets, which
 * deployments go between these (sender, receiver) pairs.
 */
public record GraphNeeds(Map<String, Set<String>> idsByLabel, Set<String> personCountries,
                         Set<String> treatyPartyKeys, Set<String> deploymentPairs) {

    public GraphNeeds {
        idsByLabel = Map.copyOf(idsByLabel);
        personCountries = Set.copyOf(personCountries);
        treatyPartyKeys = Set.copyOf(treatyPartyKeys);
        deploymentPairs = Set.copyOf(deploymentPairs);
    }
}
