package io.entente.bench;

import io.entente.extract.SeedCsv;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The states and office holders synthetic articles talk about, from the seed gazetteers: every
 * UN member and observer, and the people still in office, grouped by state.
 */
final class Cast {

    record State(String iso3, String name, String adjective, String capital) {
    }

    record Person(String name, String surname, String role, String iso3) {
    }

    final List<State> states = new ArrayList<>();
    final Map<String, List<Person>> peopleByState = new HashMap<>();

    static Cast fromClasspath() {
        Cast cast = new Cast();
        read("countries.csv", r -> {
            String status = r.get("status");
            if (status.equals("un-member") || status.equals("un-observer")) {
                String adjective = r.get("adjectives").isEmpty() ? r.get("name") : r.get("adjectives").split("\\|")[0];
                cast.states.add(new State(r.get("iso3"), r.get("name"), adjective,
                        r.get("capital").isEmpty() ? r.get("name") : r.get("capital")));
            }
        });
        read("people.csv", r -> {
            if (r.get("to").isEmpty() && r.get("organization").isEmpty() && !r.get("role").isEmpty()) {
                String name = r.get("name");
                String[] parts = name.split(" ");
                cast.peopleByState.computeIfAbsent(r.get("country"), k -> new ArrayList<>())
                        .add(new Person(name, parts[parts.length - 1], r.get("role"), r.get("country")));
            }
        });
        if (cast.states.size() < 2) {
            throw new IllegalStateException("the seed gazetteers (countries.csv) are missing from the classpath");
        }
        return cast;
    }

    List<Person> people(String iso3) {
        return peopleByState.getOrDefault(iso3, List.of());
    }

    private static void read(String file, Consumer<CSVRecord> sink) {
        SeedCsv.read(file, sink);
    }
}
