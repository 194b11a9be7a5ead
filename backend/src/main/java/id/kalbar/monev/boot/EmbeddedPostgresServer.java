package id.kalbar.monev.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server run from the binaries on the classpath, with its cluster kept in a directory
 * that survives restarts. Durability stays on: the embedded server holds real data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "monev";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a cluster in {@code clusterDir}, creating the cluster the first time. */
    public static EmbeddedPostgresServer start(Path clusterDir) throws IOException {
        return start(clusterDir, false);
    }

    /** Starts a throw-away server whose cluster is deleted when it stops (tests). */
    public static EmbeddedPostgresServer startTemporary(Path clusterDir) throws IOException {
        return start(clusterDir, true);
    }

    private static EmbeddedPostgresServer start(Path clusterDir, boolean temporary) throws IOException {
        Files.createDirectories(clusterDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(temporary)
                // zonky turns these off for speed; real data needs them on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
        server.createDatabaseIfMissing();
        LOG.infof("Embedded PostgreSQL started on port %d with its data in %s", postgres.getPort(), clusterDir);
        return server;
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("Cannot create the database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    /** Points the Quarkus datasource at this server. */
    public void exposeAsDatasource() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
