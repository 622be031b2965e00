package io.entente.extract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the seed gazetteers shipped in the jar under {@code /seed-data/} (format: seed-data/README.md):
 * CSV with a header, {@code #} comments, cells trimmed, lists inside a cell separated by {@code |}.
 * Every step that needs reference data reads it through here.
 */
public final class SeedCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setCommentMarker('#').setTrim(true).get();

    private SeedCsv() {
    }

    /** Feeds every row of {@code /seed-data/<file>} to {@code sink}; a missing file reads as empty. */
    public static void read(String file, Consumer<CSVRecord> sink) {
        String resource = "/seed-data/" + file;
        try (InputStream in = SeedCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // a build without seed data still runs, with empty reference data
            }
            for (CSVRecord row : FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                sink.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + resource, e);
        }
    }

    /** The value of a column, or null when it is blank or the file has no such column. */
    public static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /** A {@code |}-separated cell as a list; empty for a blank cell. */
    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
