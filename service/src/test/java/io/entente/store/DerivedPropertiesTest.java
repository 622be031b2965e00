package io.entente.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedPropertiesTest {

    @Test
    void eachSourceCountsOnceAndTheSurestClaimAndMostPreciseDateWin() {
        Map<String, Object> props = Map.of();
        props = DerivedProperties.add(props, with(source("reported", "2024-10", 0.6, 3000, "e1"), "2024-10-20"));
        props = DerivedProperties.add(props, with(source("asserted", "2024-10-08", 0.9, 10000, "e2"), "2024-11-02"));
        props = DerivedProperties.add(props, with(source("denied", null, 0.5, null, "e3"), "2024-10-01"));

        assertThat(props).containsEntry("sources", 3L).containsEntry("claimStatus", "asserted")
                .containsEntry("date", "2024-10-08").containsEntry("confidence", 0.9)
                .containsEntry("firstReported", "2024-10-01").containsEntry("lastReported", "2024-11-02")
                .containsEntry("troops", 10000);
    }

    @Test
    void foldingTheRemainingSourcesGivesWhatAddingThemInDateOrderGives() {
        List<DerivedProperties.Source> sources = List.of(
                new DerivedProperties.Source(evidence("reported", "2024", 0.4, 500, "b"), "2024-03-01"),
                new DerivedProperties.Source(evidence("reported", "2024-02", 0.7, 800, "a"), "2024-02-01"));
        Map<String, Object> folded = DerivedProperties.fold(sources);
        assertThat(folded).containsEntry("sources", 2L).containsEntry("date", "2024-02")
                .containsEntry("troops", 500).containsEntry("claimStatus", "reported");
        assertThat(DerivedProperties.fold(List.of())).isEmpty();
    }

    private static DerivedProperties.Source with(DerivedProperties.Source s, String published) {
        return new DerivedProperties.Source(s.evidence(), published);
    }

    private static DerivedProperties.Source source(String claim, String date, double confidence, Integer troops, String id) {
        return new DerivedProperties.Source(evidence(claim, date, confidence, troops, id), null);
    }

    private static Map<String, Object> evidence(String claim, String date, double confidence, Integer troops, String id) {
        Map<String, Object> ev = new java.util.HashMap<>();
        ev.put("id", id);
        ev.put("claimStatus", claim);
        ev.put("date", date);
        ev.put("confidence", confidence);
        ev.put("troops", troops);
        return ev;
    }
}
