package io.entente.extract;

import org.junit.jupiter.api.Test;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** A bare "the foreign ministry": whose it is, and when it is no speaker at all. In our own words. */
class MinistriesTest {

    @Test
    void aBareMinistryInADatelinedStoryIsTheDatelineStates() {
        ArticleGraph g = extract("2025-06-04", "", "BISHKEK, June 4 (Wire) - Two Kyrgyz border guards were wounded on "
                + "Monday. The foreign ministry went further on Tuesday, blaming Tajikistan for the shooting.");
        Entity ministry = ofType(g, "Organization").stream().filter(o -> o.name().contains("Foreign")).findFirst().orElseThrow();
        assertThat(g.relations()).anyMatch(r -> r.type().equals("CONDEMNED") && r.subject().equals(ministry.key())
                && r.object().equals("TJK"));
    }

    @Test
    void aBareMinistryAfterOneStatesMinistryIsThatOne() {
        ArticleGraph g = extract("2025-06-04", "", "Oman's foreign ministry said talks would resume. On Friday the foreign "
                + "ministry condemned Yemen's rebels over the seizure of a tanker.");
        assertThat(ofType(g, "Organization")).filteredOn(o -> o.name().contains("Foreign")).hasSize(1);
    }

    @Test
    void aMinistryThatIsAPlaceOrWhoseStateIsUnclearSaysNothing() {
        ArticleGraph place = extract("2025-06-04", "", "ANKARA, June 4 (Wire) - Turkey's defence minister received his Somali "
                + "counterpart for talks at the defence ministry before the ceremony.");
        assertThat(ofType(place, "Organization")).noneMatch(o -> o.name().contains("Defence"));

        ArticleGraph two = extract("2025-06-04", "", "KYIV (Wire) - Russia's defence ministry said it had taken a village. "
                + "Ukraine's defence ministry denied it. The defence ministry also condemned Poland for closing the border.");
        assertThat(two.relations()).noneMatch(r -> r.type().equals("CONDEMNED") && r.object().equals("POL"));

        ArticleGraph undated = extract("2025-06-04", "", "Two border guards were wounded on Monday. The foreign ministry "
                + "blamed Tajikistan for the shooting.");
        assertThat(ofType(undated, "Organization")).isEmpty();
    }
}
