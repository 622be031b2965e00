package io.entente.resolve;

import io.entente.resolve.GraphSnapshot.KnownDeployment;
import io.entente.resolve.GraphSnapshot.KnownEntity;
import io.entente.resolve.GraphSnapshot.KnownTreaty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResolutionRulesTest {

    private static final KnownEntity ZELENSKYY = new KnownEntity("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy",
            List.of("Zelenskyy"), "UKR");
    private static final KnownEntity KULEBA = new KnownEntity("person:dmytro-kuleba", "Dmytro Kuleba", List.of(), "UKR");

    @Test
    void namesFoldAccentsPunctuationAndALeadingThe() {
        assertThat(Names.normalise("The  Élysée-Palace's")).isEqualTo("elysee palace s");
        assertThat(Names.slug("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
        assertThat(Names.editDistance("zelenskiy", "zelenskyy", 2)).isEqualTo(1);
        assertThat(Names.editDistance("zelensky", "kuleba", 2)).isEqualTo(3);
    }

    @Test
    void surnameVariantsOfOnePersonMergeAndOthersDoNot() {
        assertThat(PersonRules.match(List.of("Volodymyr Zelenskiy"), List.of(KULEBA, ZELENSKYY)))
                .isEqualTo(new Match(ZELENSKYY.id(), Match.SURNAME_VARIANT));
        assertThat(PersonRules.match(List.of("Zelensky"), List.of(KULEBA, ZELENSKYY)))
                .isEqualTo(new Match(ZELENSKYY.id(), Match.SURNAME_VARIANT));
        assertThat(PersonRules.match(List.of("Oleksandr Zelensky"), List.of(ZELENSKYY)))
                .as("another first name is another person").isNull();
        assertThat(PersonRules.match(List.of("Denys Shmyhal"), List.of(KULEBA, ZELENSKYY))).isNull();
    }

    @Test
    void aSharedAliasMergesBeforeSpellingIsConsidered() {
        assertThat(PersonRules.match(List.of("President Zelenskyy", "Zelenskyy"), List.of(ZELENSKYY)))
                .isEqualTo(new Match(ZELENSKYY.id(), Match.ALIAS_OVERLAP));
    }

    @Test
    void anAmbiguousBareSurnameMergesWithNobody() {
        KnownEntity other = new KnownEntity("person:ivan-zelensky", "Ivan Zelensky", List.of(), "UKR");
        assertThat(PersonRules.match(List.of("Zelensky"), List.of(ZELENSKYY, other))).isNull();
    }

    @Test
    void treatiesWithTheSamePartiesMergeOnNameOverlapOrSigningMonth() {
        KnownTreaty pact = new KnownTreaty("treaty:PRK-RUS:treaty-on-comprehensive-strategic-partnership",
                "Treaty on Comprehensive Strategic Partnership", List.of(), "PRK-RUS", "2024-06-19");
        assertThat(TreatyRules.match(List.of("comprehensive strategic partnership"), null, List.of(pact)))
                .isEqualTo(new Match(pact.id(), Match.TREATY_PARTIES));
        assertThat(TreatyRules.match(List.of("mutual defence pact"), "2024-06", List.of(pact)))
                .isEqualTo(new Match(pact.id(), Match.TREATY_PARTIES));
        assertThat(TreatyRules.match(List.of("fisheries agreement"), "2025-02-01", List.of(pact))).isNull();
        assertThat(TreatyRules.match(List.of("agreement"), null, List.of(pact)))
                .as("generic words alone overlap nothing").isNull();
    }

    @Test
    void deploymentsMergeWithinNinetyDaysOfTheirSpan() {
        KnownDeployment d = new KnownDeployment("deployment:PRK:RUS:2024-10", "PRK:RUS", "2024-10-08", "2024-11-20");
        assertThat(DeploymentRules.match("2024-12-15", List.of(d))).isEqualTo(new Match(d.id(), Match.DEPLOYMENT_WINDOW));
        assertThat(DeploymentRules.match("2024-08", List.of(d))).isEqualTo(new Match(d.id(), Match.DEPLOYMENT_WINDOW));
        assertThat(DeploymentRules.match("2025-06-01", List.of(d))).isNull();
        assertThat(DeploymentRules.match(null, List.of(d))).isNull();
    }
}
