package io.entente.extract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Countries, organisations and people from the seed gazetteers on the classpath
 * ({@code /seed-data/*.csv}), indexed as case-sensitive token phrases. Loaded once per process.
 */
final class Gazetteer {

    enum Kind { COUNTRY, ORG, PERSON }

    /** How a phrase names its entry: by name/alias, as an adjective, or by a capital/seat of power. */
    enum Form { NAME, ADJECTIVE, METONYM }

    record Entry(Kind kind, String id, Form form) {
    }

    record CountryInfo(String iso3, String name, String status, List<String> aliases) {
    }

    record OrgInfo(String key, String name, List<String> aliases, String kind, String country, String chamber, String parent) {
    }

    record PersonInfo(String key, String name, List<String> aliases, String country, String role, String organization,
                      String from, String to) {

        /** Whether the office was held on the date (month precision, a month of slack either side). */
        boolean heldOn(java.time.LocalDate date) {
            if (date == null) {
                return to.isEmpty();
            }
            String month = date.toString().substring(0, 7);
            String before = date.minusMonths(1).toString().substring(0, 7);
            String after = date.plusMonths(1).toString().substring(0, 7);
            return (from.isEmpty() || from.compareTo(after) <= 0) && (to.isEmpty() || to.compareTo(before) >= 0 || to.startsWith(month));
        }
    }

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, CountryInfo> countries = new HashMap<>();
    private final Map<String, OrgInfo> orgs = new java.util.LinkedHashMap<>();
    private final Map<String, PersonInfo> people = new HashMap<>();
    private final PhraseTrie<Entry> phrases = new PhraseTrie<>(false);

    static Gazetteer get() {
        return INSTANCE;
    }

    private Gazetteer() {
        read("/seed-data/countries.csv", this::addCountry);
        read("/seed-data/organizations.csv", this::addOrg);
        read("/seed-data/people.csv", this::addPerson);
    }

    CountryInfo country(String iso3) {
        return countries.get(iso3);
    }

    OrgInfo org(String key) {
        return orgs.get(key);
    }

    PersonInfo person(String key) {
        return people.get(key);
    }

    java.util.Collection<OrgInfo> orgs() {
        return orgs.values();
    }

    /** The organisations of one country of one kind (e.g. its legislatures), in file order. */
    List<OrgInfo> orgsOf(String iso3, String kind) {
        return orgs.values().stream()
                .filter(o -> o.country().equals(iso3) && o.kind().equalsIgnoreCase(kind)).toList();
    }

    /**
     * The person a name means on the publication date: the row whose office was held then, else
     * the most recent row (a former office-holder is still the same person), else null.
     */
    String personOn(List<Entry> entries, java.time.LocalDate date) {
        PersonInfo best = null;
        for (Entry e : entries) {
            PersonInfo p = e.kind() == Kind.PERSON ? people.get(e.id()) : null;
            if (p == null) {
                continue;
            }
            if (p.heldOn(date)) {
                return p.key();
            }
            if (best == null || later(p, best)) {
                best = p;
            }
        }
        return best == null ? null : best.key();
    }

    private static final java.util.Set<String> LEADERS = java.util.Set.of("President", "Prime Minister", "King", "Chancellor", "Premier",
            "Taoiseach", "President of the Transition", "Acting President", "Supreme Leader", "Emir", "Crown Prince");

    /**
     * Whether a bare surname means this head of state or government without an earlier full mention:
     * the name fits one person only, who led a state on the date ("Putin signed", "Modi said").
     */
    boolean leaderOn(List<Entry> entries, String key, java.time.LocalDate date) {
        PersonInfo p = people.get(key);
        boolean alone = entries.stream().filter(e -> e.kind() == Kind.PERSON).map(Entry::id).distinct().count() == 1;
        return alone && p != null && LEADERS.contains(p.role()) && p.heldOn(date);
    }

    private static boolean later(PersonInfo a, PersonInfo b) {
        String ta = a.to().isEmpty() ? "9999" : a.to();
        String tb = b.to().isEmpty() ? "9999" : b.to();
        return ta.compareTo(tb) > 0;
    }

    PhraseTrie.Match<Entry> longest(List<Token> tokens, int from) {
        return phrases.longest(tokens, from);
    }

    private void addCountry(CSVRecord r) {
        String iso3 = get(r, "iso3").toUpperCase(java.util.Locale.ROOT);
        String status = get(r, "status");
        if (iso3.isEmpty() || status.equalsIgnoreCase("historical")) {
            return;
        }
        List<String> aliases = list(get(r, "aliases"));
        countries.put(iso3, new CountryInfo(iso3, get(r, "name"), status, aliases));
        index(get(r, "name"), new Entry(Kind.COUNTRY, iso3, Form.NAME));
        index(get(r, "official_name"), new Entry(Kind.COUNTRY, iso3, Form.NAME));
        aliases.forEach(a -> index(a, new Entry(Kind.COUNTRY, iso3, Form.NAME)));
        list(get(r, "adjectives")).forEach(a -> index(a, new Entry(Kind.COUNTRY, iso3, Form.ADJECTIVE)));
        list(get(r, "adjectives")).stream().filter(a -> a.endsWith("an") || a.endsWith("i")) // "Russians", "Iraqis": its people
                .forEach(a -> index(a + "s", new Entry(Kind.COUNTRY, iso3, Form.ADJECTIVE)));
        index(get(r, "capital"), new Entry(Kind.COUNTRY, iso3, Form.METONYM));
        list(get(r, "metonyms")).forEach(a -> index(a, new Entry(Kind.COUNTRY, iso3, Form.METONYM)));
    }

    private void addOrg(CSVRecord r) {
        String key = get(r, "key");
        if (key.isEmpty()) {
            return;
        }
        OrgInfo org = new OrgInfo(key, get(r, "name"), list(get(r, "aliases")), get(r, "kind"),
                get(r, "country").toUpperCase(java.util.Locale.ROOT), get(r, "chamber"), get(r, "parent"));
        orgs.put(key, org);
        index(org.name(), new Entry(Kind.ORG, key, Form.NAME));
        org.aliases().forEach(a -> index(a, new Entry(Kind.ORG, key, Form.NAME)));
    }

    private void addPerson(CSVRecord r) {
        String key = get(r, "key");
        if (key.isEmpty()) {
            return;
        }
        PersonInfo p = new PersonInfo(key, get(r, "name"), list(get(r, "aliases")),
                get(r, "country").toUpperCase(java.util.Locale.ROOT), get(r, "role"), get(r, "organization"),
                get(r, "from"), get(r, "to"));
        people.put(key, p);
        index(p.name(), new Entry(Kind.PERSON, key, Form.NAME));
        p.aliases().forEach(a -> index(a, new Entry(Kind.PERSON, key, Form.NAME)));
        String[] parts = p.name().split(" ");
        if (p.country().equals("JPN") && parts.length == 2) { // outlets at home write the family name first
            index(parts[1] + " " + parts[0], new Entry(Kind.PERSON, key, Form.NAME)); // NHK's "Iwaya Takeshi"
        }
    }

    private void index(String phrase, Entry entry) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        List<String> words = new ArrayList<>();
        String p = phrase.strip();
        if (p.regionMatches(true, 0, "the ", 0, 4)) {
            p = p.substring(4);
        }
        for (Token t : Tokenizer.tokens(p, 0, p.length())) {
            words.add(t.text());
        }
        phrases.add(words, entry);
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void read(String resource, Consumer<CSVRecord> sink) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // a build without seed data still runs, with an empty gazetteer
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setCommentMarker('#').setTrim(true).get();
                for (CSVRecord r : format.parse(reader)) {
                    sink.accept(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
