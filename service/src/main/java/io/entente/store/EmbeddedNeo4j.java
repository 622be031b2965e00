package io.entente.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An in-process Neo4j with its Bolt connector on loopback: the service talks to it through the
 * ordinary driver, so the embedded default and an external cluster run the same code.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /**
     * How long a cached plan is kept before its statistics are checked again (Neo4j's default is
     * 10 s). Ingestion into a young graph changes its counts by more than the divergence threshold
     * between most checks, so at 10 s every write statement was re-planned every few batches:
     * about a quarter of the Bolt worker's CPU in a 5,000-article bench. The write path's plans are
     * seeks on id constraints and element ids that no statistic changes; read queries still get
     * re-planned as the graph grows, only later. An external server keeps its own setting.
     */
    static final Duration MIN_REPLAN_INTERVAL = Duration.ofMinutes(10);

    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /** Starts a DBMS whose store lives in {@code home}; port 0 picks a free port. */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Without this the Bolt event loop waits ~10 s on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, MIN_REPLAN_INTERVAL)
                .build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + port.getPort());
        log.info("Embedded Neo4j in {} listening on {} (started in {} ms)", home, uri,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedNeo4j(dbms, uri);
    }

    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
