package io.entente.store;

import io.entente.extract.Article;
import io.entente.extract.GraphJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Articles from disk, read lazily: a JSONL file of articles (FORMAT.md), or a folder of
 * {@code .json} files (one article each) and {@code .txt} files (first line the title, the rest
 * the text, the file name the id). An unreadable item becomes a failure, not an exception.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** How many items {@link #read} will give: lines of a JSONL file, or matching files of a folder. */
    public static long count(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return files(path).size();
        }
        try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    public static Iterator<BatchIngester.Item> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return files(path).stream().map(ArticleFiles::readFile).iterator();
        }
        return new JsonLines(path, Files.newBufferedReader(path, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") || name.endsWith(".txt");
            }).sorted().toList();
        }
    }

    private static BatchIngester.Item readFile(Path file) {
        String name = file.getFileName().toString();
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return BatchIngester.Item.of(GraphJson.readArticle(content));
            }
            String id = name.substring(0, name.lastIndexOf('.'));
            String stripped = content.strip();
            int nl = stripped.indexOf('\n');
            String title = nl < 0 ? stripped : stripped.substring(0, nl).strip();
            String text = nl < 0 ? "" : stripped.substring(nl + 1).strip();
            return BatchIngester.Item.of(new Article(id, title, text, null, null, null));
        } catch (IOException | RuntimeException e) {
            return BatchIngester.Item.failed(file.toString(), firstLine(e.getMessage()));
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** JSONL lines as items, closing the file at the end. */
    private static final class JsonLines implements Iterator<BatchIngester.Item> {
        private final Path path;
        private final BufferedReader reader;
        private String next;
        private int lineNumber;
        private int nextLineNumber;

        JsonLines(Path path, BufferedReader reader) {
            this.path = path;
            this.reader = reader;
            advance();
        }

        private void advance() {
            try {
                do {
                    next = reader.readLine();
                    lineNumber++;
                } while (next != null && next.isBlank());
                nextLineNumber = lineNumber;
                if (next == null) {
                    reader.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public BatchIngester.Item next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            String line = next;
            int number = nextLineNumber;
            advance();
            try {
                return BatchIngester.Item.of(GraphJson.readArticle(line));
            } catch (RuntimeException e) {
                return BatchIngester.Item.failed(path.getFileName() + ":" + number, firstLine(e.getMessage()));
            }
        }
    }
}
