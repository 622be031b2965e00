package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Meetings told by a participle or with the guest described before the name, in sentences written for these tests. */
class MeetingPhrasingTest {

    private static boolean met(ArticleGraph g, String a, String b) {
        return g.relations().stream().anyMatch(r -> r.type().equals("MET_WITH")
                && (r.subject().contains(a) && r.object().contains(b) || r.subject().contains(b) && r.object().contains(a)));
    }

    @Test
    void aParticipleAfterACommaMeetsThePersonItNames() {
        ArticleGraph g = extract("2024-06-02", "", "Kenyan President William Ruto flew to Seoul on Sunday. "
                + "Ruto began the trip in the South Korean capital, meeting President Yoon Suk Yeol at the presidential office.");
        assertThat(met(g, "ruto", "yoon")).isTrue();
    }

    @Test
    void aGuestDescribedBeforeTheNameIsStillTheOneMet() {
        ArticleGraph g = extract("2024-06-02", "", "Indian Prime Minister Narendra Modi arrived in Colombo on Friday, "
                + "where he met the island's president, Anura Kumara Dissanayake.");
        assertThat(met(g, "modi", "dissanayake")).isTrue();
    }

    @Test
    void aMeetingNamedAsANounIsNoMeetingBetweenItsChairAndAnyone() {
        ArticleGraph g = extract("2024-06-02", "", "Indian Prime Minister Narendra Modi arrived in Colombo on Friday. "
                + "The meeting, chaired by Modi, lasted an hour.");
        assertThat(g.relations()).noneMatch(r -> r.type().equals("MET_WITH"));
    }
}
