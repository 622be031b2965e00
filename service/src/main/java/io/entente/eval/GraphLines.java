package io.entente.eval;

import io.entente.extract.GraphJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** score.py's {@code load()}: graph lines by article id; a later line for the same id wins. */
final class GraphLines {

    private GraphLines() {
    }

    static PyDict<Object> load(Path path) {
        return parse(path.toString(), readLines(path));
    }

    static PyDict<Object> parse(String source, List<String> lines) {
        PyDict<Object> out = new PyDict<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (PyText.strip(line).isEmpty()) {
                continue;
            }
            Object doc;
            try {
                doc = GraphJson.readPlain(line);
            } catch (RuntimeException e) {
                throw new ScoringException(source + ":" + n + ": not JSON: " + e.getMessage(), e);
            }
            if (!(doc instanceof java.util.Map<?, ?>)) {
                throw new ScoringException(source + ":" + n + ": TypeError: a line must hold a JSON object");
            }
            out.put(PyValue.item(doc, "articleId"), doc);
        }
        return out;
    }

    /** Lines split at \n, \r or \r\n as Python's text mode does; malformed UTF-8 is an error. */
    private static List<String> readLines(Path path) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
