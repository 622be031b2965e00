package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Datelines written in title case, as agencies and papers outside the English wires write them. */
class DatelineFormsTest {

    private static final String STATIONED = "About 300 French soldiers are stationed at the base.";

    @Test
    void aTitleCaseCityBeforeAnAgencyNamesTheStorysCountry() {
        assertThat(has(extract("2025-05-06", "", "Bamako (AFP) - " + STATIONED), "DEPLOYED_TO", "FRA", "MLI")).isTrue();
        assertThat(has(extract("2025-05-06", "", "Abidjan, May 6 (Reuters) - " + STATIONED), "DEPLOYED_TO", "FRA", "CIV"))
                .isTrue();
    }

    @Test
    void withADateTheDashAfterTheAgencyMayBeMissing() {
        assertThat(has(extract("2025-05-06", "", "Dakar, May 6 (APS) " + STATIONED), "DEPLOYED_TO", "FRA", "SEN")).isTrue();
        assertThat(has(extract("2025-05-06", "", "Libreville, May 6 (EFE).- " + STATIONED), "DEPLOYED_TO", "FRA", "GAB"))
                .isTrue();
    }

    @Test
    void aTitleCaseCityClosedByAColonNamesTheStorysCountry() {
        assertThat(has(extract("2025-05-06", "", "Djibouti: " + STATIONED), "DEPLOYED_TO", "FRA", "DJI")).isTrue();
    }

    @Test
    void anOrdinaryOpeningIsNoDateline() {
        assertThat(extract("2025-05-06", "", "Analysis: " + STATIONED).relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
        assertThat(extract("2025-05-06", "", "Officials (speaking privately) - " + STATIONED).relations())
                .noneMatch(r -> r.type().equals("DEPLOYED_TO"));
    }
}
