package io.entente.resolve;

import io.entente.extract.SeedCsv;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The people and organisations of the seed gazetteers, indexed by every normalised name and
 * alias, so an extracted name finds its gazetteer key. A missing file gives an empty index.
 */
public final class ReferenceData {

    /** A gazetteer row: {@code country} is alpha-3 or null (international bodies). */
    public record Entry(String key, String name, List<String> aliases, String country, String role, String kind) {
    }

    private final Map<String, List<Entry>> people;
    private final Map<String, List<Entry>> organizations;

    public ReferenceData(List<Entry> people, List<Entry> organizations) {
        this.people = index(people);
        this.organizations = index(organizations);
    }

    /** The gazetteers shipped on the classpath under {@code /seed-data/}. */
    public static ReferenceData fromClasspath() {
        return new ReferenceData(onePerPerson(read("people.csv", r -> new Entry(personId(r.get("key")), r.get("name"),
                        list(r.get("aliases")), upper(r.get("country")), r.get("to") == null ? r.get("role") : null, null))),
                read("organizations.csv", r -> new Entry(r.get("key"), r.get("name"), list(r.get("aliases")),
                        upper(r.get("country")), null, r.get("kind"))));
    }

    /** people.csv has one row per person and office, keyed {@code <person>--<office>}: the person is the part before "--". */
    static String personId(String rowKey) {
        int office = rowKey.indexOf("--");
        return "person:" + (office < 0 ? rowKey : rowKey.substring(0, office));
    }

    /** One entry per person: every spelling of every row, the role of the office still held. */
    static List<Entry> onePerPerson(List<Entry> rows) {
        Map<String, Entry> byId = new java.util.LinkedHashMap<>();
        for (Entry row : rows) {
            byId.merge(row.key(), row, (a, b) -> {
                List<String> aliases = new ArrayList<>(a.aliases());
                b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
                return new Entry(a.key(), a.name(), aliases, a.country(), a.role() != null ? a.role() : b.role(), null);
            });
        }
        return List.copyOf(byId.values());
    }

    public static ReferenceData empty() {
        return new ReferenceData(List.of(), List.of());
    }

    /** The gazetteer person a name (or one of its aliases) denotes, in the given country when known. */
    Entry person(List<String> names, String country) {
        return lookup(people, names, country);
    }

    Entry organization(List<String> names, String country) {
        return lookup(organizations, names, country);
    }

    /** Every entry under any of the names; the one in the right country wins, a foreign one never does. */
    private static Entry lookup(Map<String, List<Entry>> index, List<String> names, String country) {
        Entry countryless = null;
        for (String name : names) {
            for (Entry e : index.getOrDefault(Names.normalise(name), List.of())) {
                if (country == null || country.equals(e.country())) {
                    return e;
                }
                if (e.country() == null && countryless == null) {
                    countryless = e;
                }
            }
        }
        return countryless;
    }

    private static Map<String, List<Entry>> index(List<Entry> entries) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            names.addFirst(e.name());
            for (String n : names) {
                String key = Names.normalise(n);
                if (!key.isEmpty()) {
                    List<Entry> bucket = index.computeIfAbsent(key, k -> new ArrayList<>());
                    if (bucket.stream().noneMatch(b -> b.key().equals(e.key()))) { // one person, many terms
                        bucket.add(e);
                    }
                }
            }
        }
        return index;
    }

    private static List<Entry> read(String file, Function<Row, Entry> toEntry) {
        List<Entry> entries = new ArrayList<>();
        SeedCsv.read(file, r -> {
            Row row = new Row(r);
            if (row.get("key") != null && row.get("name") != null) {
                entries.add(toEntry.apply(row));
            }
        });
        return entries;
    }

    /** A CSV row whose blank or absent cells read as null. */
    private record Row(CSVRecord record) {
        String get(String column) {
            String v = SeedCsv.cell(record, column);
            return v == null ? null : v.strip();
        }
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static List<String> list(String cell) {
        return SeedCsv.list(cell);
    }
}
