package io.entente.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Loads the noun lists under {@code /extract/quantity/} and turns each into a regex alternation. */
final class TroopNouns {

    static final String PERSONNEL_FILE = "/extract/quantity/troop-nouns.txt";
    static final String UNITS_FILE = "/extract/quantity/troop-units.txt";
    static final String PERSONNEL = alternation(PERSONNEL_FILE);
    static final String UNITS = alternation(UNITS_FILE);

    private TroopNouns() {
    }

    /** A prefix-factored alternation of the phrases in the list; inner spaces match any whitespace. */
    static String alternation(String resource) {
        return RegexTrie.of(load(resource));
    }

    static List<String> load(String resource) {
        try (InputStream in = TroopNouns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
