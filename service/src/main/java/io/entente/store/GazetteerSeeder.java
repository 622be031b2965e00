package io.entente.store;

import io.entente.extract.SeedCsv;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the seed gazetteers (states, organisations) into the graph with MERGE, so a second start
 * adds nothing; a file whose checksum is already recorded is skipped outright.
 */
public final class GazetteerSeeder {

    private static final Logger log = LoggerFactory.getLogger(GazetteerSeeder.class);

    private final Driver driver;

    public GazetteerSeeder(Driver driver) {
        this.driver = driver;
    }

    public void seed() {
        seedFile("countries.csv", """
                UNWIND $rows AS row
                MERGE (c:Country {id: row.iso3})
                SET c.iso2 = row.iso2, c.name = row.name, c.officialName = row.official_name,
                    c.status = row.status, c.aliases = row.aliases, c.adjectives = row.adjectives,
                    c.capital = row.capital, c.metonyms = row.metonyms,
                    c.aliasText = row.aliasText, c.gazetteer = true
                RETURN count(*) AS n""");
        seedFile("organizations.csv", """
                UNWIND $rows AS row
                MERGE (o:Organization {id: row.key})
                SET o.name = row.name, o.aliases = row.aliases, o.kind = row.kind,
                    o.chamber = row.chamber, o.aliasText = row.aliasText, o.gazetteer = true
                WITH o, row
                OPTIONAL MATCH (c:Country {id: row.country})
                FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (o)-[:BASED_IN]->(c))
                WITH o, row
                OPTIONAL MATCH (p:Organization {id: row.parent})
                FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (o)-[:PART_OF]->(p))
                RETURN count(*) AS n""");
    }

    private void seedFile(String file, String cypher) {
        List<Map<String, Object>> rows = read(file);
        if (rows.isEmpty()) {
            return;
        }
        String checksum = Integer.toHexString(rows.hashCode());
        try (var session = driver.session()) {
            boolean current = session.executeRead(tx -> tx.run(
                    "MATCH (s:SeedState {file: $f, checksum: $c}) RETURN count(s) > 0 AS current",
                    Map.of("f", file, "c", checksum)).single().get("current").asBoolean());
            if (current) {
                return;
            }
            // Organisations refer to their parents: two passes settle rows listed before their parent.
            int n = 0;
            for (int pass = 0; pass < 2; pass++) {
                n = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).single().get("n").asInt());
            }
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MERGE (s:SeedState {file: $f}) SET s.checksum = $c, s.loadedAt = datetime()",
                    Map.of("f", file, "c", checksum)));
            log.info("Seeded {} rows from {}", n, file);
        }
    }

    /** Reads a seed CSV; `|`-separated columns become lists. */
    static List<Map<String, Object>> read(String file) {
        List<Map<String, Object>> rows = new ArrayList<>();
        SeedCsv.read(file, record -> {
            Map<String, Object> row = new HashMap<>();
            record.toMap().keySet().forEach(column -> row.put(column, SeedCsv.cell(record, column)));
            for (String list : List.of("aliases", "adjectives", "metonyms")) {
                row.put(list, SeedCsv.list((String) row.get(list)));
            }
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) row.get("aliases");
            row.put("aliasText", String.join(" | ", aliases));
            rows.add(row);
        });
        if (rows.isEmpty()) {
            log.warn("Seed file {} is missing or empty", file);
        }
        return rows;
    }
}
