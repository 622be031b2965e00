package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Launches and offensives a story tells, and the condemnations of them by another name, in our own words. */
class LaunchPhrasingTest {

    @Test
    void aStateSayingItTestFiredAMissileLaunchedWhatOthersCondemn() {
        ArticleGraph g = extract("2025-03-11", "", "TEHRAN, March 11 - Iran said on Monday it had test-fired a new "
                + "medium-range ballistic missile from a site near Semnan. Israel condemned the launch as a threat to the region.");
        assertThat(has(g, "CONDEMNED", "ISR", "IRN")).isTrue();
    }

    @Test
    void condemningTheEscalationCondemnsWhoeverLaunchedTheOffensive() {
        ArticleGraph g = extract("2025-03-11", "", "BAKU, March 11 - Armenia launched a military offensive across the border "
                + "on Monday. Georgia's foreign minister said his government condemned the military escalation.");
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("ARM"));
    }
}
