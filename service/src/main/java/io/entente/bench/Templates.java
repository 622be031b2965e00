package io.entente.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** English news sentences for each kind of story, several wordings each, picked at random. */
final class Templates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private static final List<String> FILLER = List.of(
            "Analysts said the move reflected shifting alignments across the region.",
            "Markets in the region were largely unmoved by the announcement.",
            "Diplomats cautioned that much of the detail had yet to be agreed.",
            "Opposition politicians demanded that parliament be given a full briefing.",
            "The statement gave no timetable for further talks.",
            "Officials declined to comment on the financial terms involved.",
            "Observers noted that relations between the two capitals had been strained for years.",
            "The development drew sharp reactions from neighbouring governments.",
            "Several human rights groups called for greater transparency.",
            "A government spokesperson said more details would follow in the coming days.");

    private static final List<String> SOURCES = List.of("officials said", "a government spokesperson said",
            "according to intelligence officials", "diplomats said", "the defence ministry said");

    private Templates() {
    }

    static String filler(Random rnd) {
        return FILLER.get(rnd.nextInt(FILLER.size()));
    }

    static String title(Story s) {
        return switch (s.kind()) {
            case TREATY -> s.a().name() + " and " + s.b().name() + " sign " + s.treaty();
            case RATIFICATION -> s.a().name() + " ratifies " + s.treaty();
            case DEPLOYMENT -> s.a().name() + " sends troops to " + s.b().name();
            case CONDEMNATION -> s.a().name() + " condemns " + s.b().name();
            case ALLIANCE -> s.a().name() + " and " + s.b().name() + " agree to a defence alliance";
            case MEETING -> who(s.pa(), s.a()) + " meets " + who(s.pb(), s.b());
            case AID -> s.a().name() + " and military aid for " + s.b().name();
            case DENIAL -> s.b().name() + " denies sending troops to " + s.a().name();
        };
    }

    /** Two or three sentences reporting the story, as a paragraph. */
    static String paragraph(Story s, int troops, Random rnd) {
        String on = "on " + DAY.format(s.date());
        String source = SOURCES.get(rnd.nextInt(SOURCES.size()));
        int variant = rnd.nextInt(2);
        return switch (s.kind()) {
            case TREATY -> variant == 0
                    ? titled(s.pa(), s.a()) + " and " + titled(s.pb(), s.b()) + " signed the " + s.treaty() + " " + on
                    + ", committing the two countries to closer cooperation. " + s.a().adjective()
                    + " officials said the accord would take effect within months."
                    : s.a().name() + " and " + s.b().name() + " signed the " + s.treaty() + " in " + s.a().capital() + " " + on
                    + ". The agreement covers defence, trade and energy, " + source + ".";
            case RATIFICATION -> "Lawmakers in " + s.a().name() + " voted " + on + " to ratify the " + s.treaty()
                    + " signed with " + s.b().name() + ". The vote passed by a wide margin, " + source + ".";
            case DEPLOYMENT -> variant == 0
                    ? s.a().name() + " has deployed about " + number(troops) + " troops to " + s.b().name() + ", " + source
                    + " " + on + ". The soldiers were seen near the border, according to satellite images."
                    : "Around " + number(troops) + " " + s.a().adjective() + " soldiers have been sent to " + s.b().name()
                    + ", " + source + " " + on + ". Neither government confirmed the figure.";
            case CONDEMNATION -> variant == 0
                    ? s.a().name() + " condemned " + s.b().name() + " " + on + " over its latest missile test, calling it "
                    + "a threat to regional peace."
                    : titled(s.pa(), s.a()) + " condemned the " + s.b().adjective() + " government " + on
                    + " for what he called reckless provocations.";
            case ALLIANCE -> s.a().name() + " and " + s.b().name() + " agreed " + on + " to form a military alliance, "
                    + source + ". The two allies will hold joint exercises next year.";
            case MEETING -> titled(s.pa(), s.a()) + " met " + titled(s.pb(), s.b()) + " in " + s.b().capital() + " " + on
                    + " to discuss security and trade. Both sides described the talks as constructive.";
            case AID -> switch (s.aidStatus()) {
                case "pledged" -> s.a().name() + " pledged $" + (1 + rnd.nextInt(9)) * 100 + " million in military aid to "
                        + s.b().name() + " " + on + ", " + source + ".";
                case "provided" -> s.a().name() + " delivered air defence systems and ammunition to " + s.b().name() + " "
                        + on + ", " + source + ".";
                default -> s.a().name() + " is considering sending military aid to " + s.b().name() + ", " + source
                        + " " + on + ".";
            };
            case DENIAL -> s.b().name() + " denied " + on + " that it had sent troops to " + s.a().name()
                    + ", dismissing the reports as fabricated. " + s.a().adjective() + " officials declined to comment.";
        };
    }

    static String dateline(Story s) {
        return s.a().capital().toUpperCase(Locale.ROOT) + " - ";
    }

    private static String titled(Cast.Person p, Cast.State state) {
        return p == null ? state.name() : state.adjective() + " " + p.role() + " " + p.name();
    }

    private static String who(Cast.Person p, Cast.State state) {
        return p == null ? state.name() : p.name();
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static LocalDate after(LocalDate d, Random rnd) {
        return d.plusDays(rnd.nextInt(4));
    }
}
