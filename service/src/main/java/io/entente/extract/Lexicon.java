package io.entente.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The extractor's word lists, read once from {@code /extract/*.txt}: office titles, trigger
 * phrases by class, and region nouns that can stand for a country already in the text.
 */
final class Lexicon {

    private static final Lexicon INSTANCE = new Lexicon();

    private final PhraseTrie<String> roles = new PhraseTrie<>(true);
    private final PhraseTrie<String> triggers = new PhraseTrie<>(true);
    private final Map<String, Set<String>> regions = new HashMap<>();
    private final PhraseTrie<String> regionPhrases = new PhraseTrie<>(false);
    /** Known places: each form maps to "Name\tISO3". */
    private final PhraseTrie<String> places = new PhraseTrie<>(false);

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        lines("/extract/roles.txt", line -> {
            String[] forms = line.split("\\|");
            for (String form : forms) {
                roles.add(words(form), forms[0].strip());
            }
        });
        lines("/extract/triggers.txt", line -> {
            int tab = line.indexOf('\t');
            if (tab > 0 && line.startsWith("INSIDE\t")) {
                triggers.allowInside(line.substring(tab + 1).strip());
            } else if (tab > 0) {
                triggers.add(words(line.substring(tab + 1)), line.substring(0, tab).strip());
            }
        });
        lines("/extract/regions.txt", line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                String phrase = line.substring(0, tab).strip();
                regions.put(phrase, Set.of(line.substring(tab + 1).strip().split("\\s+")));
                regionPhrases.add(words(phrase), phrase);
            }
        });
        lines("/extract/places.txt", line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                String[] forms = line.substring(0, tab).split("\\|");
                String value = forms[0].strip() + "\t" + line.substring(tab + 1).strip();
                for (String form : forms) {
                    places.add(words(form), value);
                }
            }
        });
    }

    /** Longest known place at a token: its length and "Name\tISO3". */
    PhraseTrie.Match<String> place(List<Token> tokens, int from) {
        return places.longest(tokens, from);
    }

    /** Longest office title at a token: its length and canonical form. */
    PhraseTrie.Match<String> role(List<Token> tokens, int from) {
        return roles.longest(tokens, from);
    }

    /** Longest trigger phrase at a token: its length and classes. */
    PhraseTrie.Match<String> trigger(List<Token> tokens, int from) {
        if (from > 0 && tokens.get(from).capitalised() && tokens.get(from).lower().equals("may")) {
            return null; // "on May 7", "in May": the month, not the modal
        }
        return triggers.longest(tokens, from);
    }

    PhraseTrie.Match<String> region(List<Token> tokens, int from) {
        return regionPhrases.longest(tokens, from);
    }

    Set<String> regionCountries(String phrase) {
        return regions.getOrDefault(phrase, Set.of());
    }

    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(phrase.strip(), 0, phrase.strip().length())) {
            out.add(t.text());
        }
        return out;
    }

    private static void lines(String resource, Consumer<String> sink) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
