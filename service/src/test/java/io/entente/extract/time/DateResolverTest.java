package io.entente.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);
    private final DateResolver resolver = new DateResolver();

    private List<DateMention> find(String text) {
        return resolver.find(text, 0, text.length(), PUBLISHED);
    }

    private List<String> values(String text) {
        return find(text).stream().map(DateMention::value).toList();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The Duma voted on Thursday to ratify it.           | Thursday           | 2024-10-24
            Officials said Thursday that talks failed.         | Thursday           | 2024-10-24
            Officials said on Tuesday that aid would come.     | Tuesday            | 2024-10-22
            The envoy arrived on Friday.                       | Friday             | 2024-10-18
            The envoy arrived on Saturday.                     | Saturday           | 2024-10-19
            The envoy arrived last Thursday.                   | last Thursday      | 2024-10-17
            The envoy arrived last Monday.                     | last Monday        | 2024-10-21
            The vote is set for next Tuesday.                  | next Tuesday       | 2024-10-29
            The ministry said today that it objects.           | today              | 2024-10-24
            Seoul said yesterday that troops moved.            | yesterday          | 2024-10-23
            The council meets tomorrow.                        | tomorrow           | 2024-10-25
            Shelling resumed last night.                       | last night         | 2024-10-23
            Talks were held the day before yesterday.          | the day before yesterday | 2024-10-22
            Last week, the agency released a report.           | Last week          | 2024-10
            Ministers met this week.                           | this week          | 2024-10
            Ministers met earlier this week.                   | earlier this week  | 2024-10
            They signed it last month.                         | last month         | 2024-09
            They signed it this month.                         | this month         | 2024-10
            They signed it earlier this month.                 | earlier this month | 2024-10
            They signed it earlier this year.                  | earlier this year  | 2024
            They signed it this year.                          | this year          | 2024
            They signed it last year.                          | last year          | 2023
            Elections are due next year.                       | next year          | 2025
            Putin visited the country in June.                 | June               | 2024-06
            Ukraine has held ground since its incursion in August. | August         | 2024-08
            The pact was first drafted in December.            | December           | 2023-12
            The pact was first drafted in November.            | November           | 2023-11
            The pact was first drafted in October.             | October            | 2024-10
            The pact was signed in June 2023.                  | June 2023          | 2023-06
            June 2023 saw the first exercises.                 | June 2023          | 2023-06
            The pact was signed on Oct. 24 in Moscow.          | Oct. 24            | 2024-10-24
            The pact was signed Oct 24 in Moscow.              | Oct 24             | 2024-10-24
            The pact was signed October 24 in Moscow.          | October 24         | 2024-10-24
            The pact was signed on 24 October in Moscow.       | 24 October         | 2024-10-24
            The pact was signed on 24 Oct 2023 in Moscow.      | 24 Oct 2023        | 2023-10-24
            The pact was signed on October 24, 2023, in Moscow. | October 24, 2023  | 2023-10-24
            The pact was signed on 2023-10-24 in Moscow.       | 2023-10-24         | 2023-10-24
            The pact was signed on the 3rd of October.         | the 3rd of October | 2024-10-03
            The pact was signed on Nov. 2.                     | Nov. 2             | 2023-11-02
            The talks collapsed in 2022.                       | 2022               | 2022
            The talks ran in Sept. and failed.                 | Sept.              | 2024-09
            The talks ran in Sep and failed.                   | Sep                | 2024-09
            The talks ran on Sept. 12 and failed.              | Sept. 12           | 2024-09-12
            The talks ran on Sep 12 and failed.                | Sep 12             | 2024-09-12
            Troops crossed in mid-June.                        | mid-June           | 2024-06
            Troops crossed in early June.                      | early June         | 2024-06
            Troops crossed in late June.                       | late June          | 2024-06
            Troops crossed at the end of May.                  | the end of May     | 2024-05
            Troops crossed in mid-2023.                        | mid-2023           | 2023
            Troops crossed in early 2023.                      | early 2023         | 2023
            Drills were held over the weekend.                 | the weekend        | 2024-10-19
            Drills were held last weekend.                     | last weekend       | 2024-10-19
            Drills are planned this weekend.                   | this weekend       | 2024-10-26
            The report came out a week ago.                    | a week ago         | 2024-10
            The report came out two days ago.                  | two days ago       | 2024-10-22
            The report came out three weeks ago.               | three weeks ago    | 2024-10
            The report came out five weeks ago.                | five weeks ago     | 2024-09
            The report came out a few days ago.                | a few days ago     | 2024-10
            The report came out two months ago.                | two months ago     | 2024-08
            The report came out two years ago.                 | two years ago      | 2022
            Moscow has backed it since May.                    | May                | 2024-05
            The deal was signed on May 9.                      | May 9              | 2024-05-09
            The deal was signed in May 2023.                   | May 2023           | 2023-05
            Fighting intensified in early May.                 | early May          | 2024-05
            Fighting intensified late May.                     | late May           | 2024-05
            The deal was signed on 9 May.                      | 9 May              | 2024-05-09
            The deal was signed on March 3.                    | March 3            | 2024-03-03
            The deal was signed in March.                      | March              | 2024-03
            The war in 2022-2023 drained reserves.             | 2022-2023          | 2022
            The war in 2022–23 drained reserves.               | 2022–23            | 2022
            The mission should end by mid-November.            | mid-November       | 2024-11
            The mission had ended by mid-September.            | mid-September      | 2024-09
            The ban stays until Dec. 31.                       | Dec. 31            | 2024-12-31
            Troops stayed on from Oct. 30.                     | Oct. 30            | 2023-10-30
            Talks were held on 24-25 October.                  | 24-25 October      | 2024-10-24
            Talks were held on Oct. 22-23.                     | Oct. 22-23         | 2024-10-22
            Talks were held earlier in the week.               | earlier in the week | 2024-10
            Talks were held earlier in the year.               | earlier in the year | 2024
            Shelling grew in the past week.                    | in the past week   | 2024-10
            The border closed a year ago.                      | a year ago         | 2023
            The border closed a month ago.                     | a month ago        | 2024-09
            The deal was signed on Thursday, Oct. 17, 2024.    | Thursday, Oct. 17, 2024 | 2024-10-17
            The deal was signed on Thursday 17 October.        | Thursday 17 October | 2024-10-17
            THE DEAL WAS SIGNED ON THURSDAY.                   | THURSDAY           | 2024-10-24
            the deal was signed in june.                       | june               | 2024-06
            The pact was signed on July 8 last year.           | July 8 last year   | 2023-07-08
            The pact was signed on 8 July last year.           | 8 July last year   | 2023-07-08
            The Senate approved it in December last year.      | December last year | 2023-12
            The Senate approves it in March next year.         | March next year    | 2025-03
            The Senate approved it in June this year.          | June this year     | 2024-06
            """)
    void resolvesPhrase(String sentence, String surface, String value) {
        List<DateMention> mentions = find(sentence);
        assertThat(mentions).hasSize(1);
        DateMention mention = mentions.getFirst();
        assertThat(mention.surface()).isEqualTo(surface);
        assertThat(mention.value()).isEqualTo(value);
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(surface);
    }

    @ParameterizedTest(name = "no date in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pyongyang may send more troops.
            Pyongyang May send more troops.
            About 20 may be deployed soon.
            Some 3,000 troops were sent.
            The march on the capital drew crowds.
            A March on the capital drew crowds.
            Protesters march 3,000 strong.
            The State Duma voted 397-0.
            Under Resolution 2231 the embargo ended.
            The unit lost 2000 soldiers.
            Roughly 12,000 people fled; 1,500 more followed.
            They marched for 20 km.
            The Sunday Times reported it.
            Good Friday passed quietly.
            Rallies are held on Thursdays.
            The number 20245 is not a year.
            Nothing happened.
            The pact of the 1990s lapsed in the 2000s.
            Shelling grew over the past year.
            June Carter sang.
            The Jan Hus statue stands.
            """)
    void ignoresNonDates(String sentence) {
        assertThat(find(sentence)).isEmpty();
    }

    @Test
    void findsEveryDateInTextOrder() {
        String text = "Putin signed the treaty in June; the Duma ratified it on Thursday. Last week, "
                + "Seoul released a report, and on Oct. 18 it briefed lawmakers.";
        assertThat(values(text)).containsExactly("2024-06", "2024-10-24", "2024-10", "2024-10-18");
    }

    @Test
    void searchesOnlyInsideTheRegionButSeesWordsAroundIt() {
        String text = "It happened in June. Then on Tuesday it ended.";
        int from = text.indexOf("Then");
        List<DateMention> mentions = resolver.find(text, from, text.length(), PUBLISHED);
        assertThat(mentions).extracting(DateMention::value).containsExactly("2024-10-22");
        assertThat(mentions.getFirst().start()).isEqualTo(text.indexOf("Tuesday"));
        // "June" right at the region start still knows it follows "in".
        int june = text.indexOf("June");
        assertThat(resolver.find(text, june, june + 4, PUBLISHED)).extracting(DateMention::value)
                .containsExactly("2024-06");
    }

    @Test
    void relativeDatesNeedAPublicationDateButAbsoluteOnesDoNot() {
        String text = "On Thursday, it recalled the deal of June 2023 and the 2023-10-24 summit.";
        assertThat(resolver.find(text, 0, text.length(), null)).extracting(DateMention::value)
                .containsExactly("2023-06", "2023-10-24");
    }

    @Test
    void resolvesAgainstOtherPublicationDays() {
        LocalDate saturday = LocalDate.of(2024, 10, 26);
        String text = "It was signed on Thursday and discussed over the weekend and last weekend.";
        assertThat(resolver.find(text, 0, text.length(), saturday)).extracting(DateMention::value)
                .containsExactly("2024-10-24", "2024-10-26", "2024-10-19");
        LocalDate january = LocalDate.of(2025, 1, 5);
        String months = "It was signed in December, last month, and on Dec. 30.";
        assertThat(resolver.find(months, 0, months.length(), january)).extracting(DateMention::value)
                .containsExactly("2024-12", "2024-12", "2024-12-30");
    }

    @Test
    void nearestPicksTheClosestMentionAndTheEarlierOnTies() {
        List<DateMention> mentions = List.of(
                new DateMention(10, 15, "2024-06", "June."),
                new DateMention(30, 38, "2024-10-24", "Thursday"));
        assertThat(resolver.nearest(mentions, 0)).map(DateMention::value).hasValue("2024-06");
        assertThat(resolver.nearest(mentions, 12)).map(DateMention::value).hasValue("2024-06");
        assertThat(resolver.nearest(mentions, 29)).map(DateMention::value).hasValue("2024-10-24");
        assertThat(resolver.nearest(mentions, 22)).map(DateMention::value).hasValue("2024-06");
        assertThat(resolver.nearest(mentions, 50)).map(DateMention::value).hasValue("2024-10-24");
        assertThat(resolver.nearest(List.of(), 5)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", textBlock = """
            2024-10-24,                  2024-10-24
            2024-10-24T09:30:00,         2024-10-24
            2024-10-24T09:30:00Z,        2024-10-24
            2024-10-24T23:30:00-05:00,   2024-10-24
            2024-10-24T01:30:00+09:00[Asia/Seoul], 2024-10-24
            2024-10-24 09:30,            2024-10-24
            yesterday,                   null
            '',                          null
            null,                        null
            """)
    void parsesPublicationDates(String publishedAt, String expected) {
        LocalDate parsed = DateResolver.parsePublished(publishedAt);
        assertThat(parsed == null ? null : parsed.toString()).isEqualTo(expected);
    }
}
