package io.entente.extract;

import static io.entente.extract.RealNewsPatternsTest.extract;
import static io.entente.extract.RealNewsPatternsTest.has;
import static io.entente.extract.RealNewsPatternsTest.key;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How news says two people met, written for these tests. */
class MeetingPhrasingTest {

    private static boolean met(ArticleGraph g, String a, String b) {
        String ka = key(g, "Person", a);
        String kb = key(g, "Person", b);
        return has(g, "MET_WITH", ka, kb) || has(g, "MET_WITH", kb, ka);
    }

    @Test
    void talksWithSomeoneAfterAPlaceOrTime() {
        ArticleGraph g = extract("2025-05-08", "", "Polish Prime Minister Donald Tusk held talks in Vilnius on Wednesday "
                + "with Lithuanian President Gitanas Nauseda about the border.");
        assertThat(met(g, "Donald Tusk", "Gitanas Nauseda")).isTrue();
    }

    @Test
    void aPronounThatHoldsTalksIsThePersonNamedBefore() {
        ArticleGraph g = extract("2025-05-08", "", "Spanish Prime Minister Pedro Sanchez defended the budget. "
                + "On Monday he held talks in Rabat with Moroccan Prime Minister Aziz Akhannouch.");
        assertThat(met(g, "Pedro Sanchez", "Aziz Akhannouch")).isTrue();
    }

    @Test
    void afterMeetingSomeoneIsAMeeting() {
        ArticleGraph g = extract("2025-05-08", "", "Chilean President Gabriel Boric announced the grant. He spoke to "
                + "reporters after meeting Peruvian President Dina Boluarte at the border.");
        assertThat(met(g, "Gabriel Boric", "Dina Boluarte")).isTrue();
    }

    @Test
    void twoPeopleWhoBothVisitAPlaceDoNotMeetThroughAWithClause() {
        ArticleGraph g = extract("2025-05-08", "", "Polish Prime Minister Donald Tusk held talks in Vilnius, and "
                + "Lithuanian President Gitanas Nauseda later met with farmers.");
        assertThat(met(g, "Donald Tusk", "Gitanas Nauseda")).isFalse();
    }

    @Test
    void aHeadingInCapitalsNamesNoOne() {
        ArticleGraph g = extract("2025-11-26", "", "PRESS RELEASE\n\nPRESIDENT MAHAMA RECEIVES THE FOREIGN MINISTER OF "
                + "TOGO\n\nThe President of Ghana, John Mahama, received today the Foreign Minister of Togo, Robert Dussey.");
        assertThat(g.entities()).filteredOn(e -> e.type().equals("Person")).extracting(Entity::name)
                .noneMatch(name -> name.equals(name.toUpperCase(java.util.Locale.ROOT)));
        assertThat(key(g, "Person", "John Mahama")).isNotNull();
    }

    @Test
    void receivingSomeoneIntroducedByTheirFullTitleIsAMeeting() {
        ArticleGraph g = extract("2025-07-03", "", "On Tuesday, Polish Foreign Minister Radoslaw Sikorski received the "
                + "Ambassador of Belarus Alyaksandr Avyarkou at the ministry.");
        assertThat(met(g, "Radoslaw Sikorski", "Alyaksandr Avyarkou")).isTrue();
    }

    @Test
    void welcomingALeaderIsAMeetingAndCloseAlliesInAnAppositionAreAllied() {
        ArticleGraph g = RealNewsPatternsTest.extract("2025-09-12", "", "Kenyan President William Ruto welcomed Tanzanian "
                + "President Samia Suluhu Hassan to State House on Monday.");
        org.assertj.core.api.Assertions.assertThat(g.relations()).anyMatch(r -> r.type().equals("MET_WITH"));
        ArticleGraph allies = RealNewsPatternsTest.extract("2025-09-12", "", "Serbia and Hungary, close allies, held talks.");
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(allies, "ALLIED_WITH", "SRB", "HUN")
                || RealNewsPatternsTest.has(allies, "ALLIED_WITH", "HUN", "SRB")).isTrue();
        ArticleGraph its = RealNewsPatternsTest.extract("2025-09-12", "", "Serbia and its close ally Hungary held talks.");
        org.assertj.core.api.Assertions.assertThat(RealNewsPatternsTest.has(its, "ALLIED_WITH", "SRB", "HUN")).isTrue();
    }

    @Test
    void coSignersOfATreatySignedYearsBeforeTheStoryAreNotToldToMeet() {
        ArticleGraph old = extract("2025-06-10", "", "Peacekeepers were sent under the ceasefire that Armenian Prime Minister "
                + "Nikol Pashinyan signed with Russian President Vladimir Putin in November 2020.");
        assertThat(old.relations()).noneMatch(r -> r.type().equals("MET_WITH"));
        ArticleGraph recent = extract("2025-06-10", "", "Armenian Prime Minister Nikol Pashinyan and Russian President Vladimir "
                + "Putin signed a ceasefire agreement on Monday.");
        assertThat(recent.relations()).anyMatch(r -> r.type().equals("MET_WITH"));
    }
}
