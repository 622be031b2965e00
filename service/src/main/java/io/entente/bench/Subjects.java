package io.entente.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.List;

/** Picks the countries the benchmark asks about from the graph itself: the busiest ones. */
record Subjects(String hub, String receiver, List<String> trio, String far) {

    static Subjects pick(Driver driver) {
        try (Session s = driver.session()) {
            List<String> busiest = s.run("""
                    MATCH (c:Country)-[r:ALLIED_WITH|AIDED|DEPLOYED_TO|PARTY_TO|CONDEMNED|RATIFIED]-()
                    WITH c, count(r) AS degree ORDER BY degree DESC, c.id LIMIT 3
                    RETURN c.id AS id""").list(r -> r.get("id").asString());
            String receiver = s.run("""
                    MATCH (d:TroopDeployment) WITH d.to AS to, count(*) AS n ORDER BY n DESC, to LIMIT 1 RETURN to""")
                    .single().get("to").asString();
            String far = s.run("""
                    MATCH (c:Country)-[r:ALLIED_WITH|AIDED|DEPLOYED_TO]-() WHERE NOT c.id IN $busy
                    WITH c, count(r) AS degree WHERE degree >= 1 ORDER BY degree, c.id LIMIT 1 RETURN c.id AS id""",
                    java.util.Map.of("busy", busiest)).single().get("id").asString();
            return new Subjects(busiest.getFirst(), receiver, busiest, far);
        }
    }
}
