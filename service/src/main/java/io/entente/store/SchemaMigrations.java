package io.entente.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the versioned Cypher files of graph-schema ({@code neo4j/migrations/V001__name.cypher})
 * in order, each recorded once as a {@code :SchemaMigration} node so a restart applies nothing
 * twice. A small runner of our own: Neo4j-Migrations does not target Boot 4 yet.
 */
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    record Migration(int version, String description, String checksum, List<String> statements) { }

    private final Driver driver;

    public SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    /** Applies pending migrations; returns how many were applied. */
    public int apply() {
        int applied = 0;
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            for (Migration m : load()) {
                boolean done = session.executeRead(tx -> tx.run(
                        "MATCH (m:SchemaMigration {version: $v}) RETURN count(m) > 0 AS done",
                        Map.of("v", m.version())).single().get("done").asBoolean());
                if (done) {
                    continue;
                }
                // Schema commands cannot share a transaction with writes: one transaction each.
                for (String statement : m.statements()) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement));
                }
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MERGE (m:SchemaMigration {version: $v})
                        SET m.description = $d, m.checksum = $c, m.appliedAt = datetime()""",
                        Map.of("v", m.version(), "d", m.description(), "c", m.checksum())));
                log.info("Applied schema migration V{} {}", m.version(), m.description());
                applied++;
            }
        }
        return applied;
    }

    static List<Migration> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:neo4j/migrations/V*.cypher");
            return Arrays.stream(files).map(SchemaMigrations::parse)
                    .sorted(Comparator.comparingInt(Migration::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Migration parse(Resource file) {
        Matcher name = FILE.matcher(String.valueOf(file.getFilename()));
        if (!name.matches()) {
            throw new IllegalStateException("Migration file not named V<n>__<description>.cypher: " + file);
        }
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            List<String> statements = Arrays.stream(text.replaceAll("(?m)^\\s*//.*$", "").split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
                    sha256(text), statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
