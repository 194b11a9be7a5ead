package id.kalbar.monev.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded server accepts only the application: its account, with the generated password. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesConnectionsWithoutTheSecret() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            assertThrows(SQLException.class, () -> connect(server.port(), "postgres", null));
            SQLException wrongPassword = assertThrows(SQLException.class, () -> connect(server.port(), "postgres", "postgres"));
            assertEquals("28P01", wrongPassword.getSQLState(), wrongPassword.getMessage());
            assertThrows(SQLException.class, () -> connect(server.port(), "monev", ""));

            String secret = Files.readString(EmbeddedPostgresServer.passwordFile(cluster)).trim();
            assertTrue(secret.length() >= 40, "a long generated secret");
            try (Connection connection = connect(server.port(), "monev", secret)) {
                assertEquals("monev", query(connection, "SELECT current_database()"));
                assertEquals("scram-sha-256", query(connection, "SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'").split("\\$")[0].toLowerCase());
                // Nothing in the effective rules trusts anyone, and Unix sockets have no rule at all.
                assertEquals("0", query(connection, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256' OR type <> 'host'"));
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedPostgresServer.passwordFile(cluster))));
    }

    @Test
    void upgradesAClusterThatTrustedLocalConnections() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        // A cluster as earlier versions created it: initdb -A trust, no password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            try (Connection connection = old.getPostgresDatabase().getConnection()) {
                assertEquals("1", query(connection, "SELECT 1"));
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            assertThrows(SQLException.class, () -> connect(server.port(), "postgres", null));
            try (Connection connection = connect(server.port(), "postgres", server.password())) {
                assertEquals("1", query(connection, "SELECT 1"));
            }
            assertTrue(Files.readAllLines(cluster.resolve("pg_hba.conf")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .allMatch(line -> line.trim().endsWith("scram-sha-256")));
        }
    }

    @Test
    void stopsTheServerAKilledApplicationLeftRunning() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        int port;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            port = server.port();
        }
        // What a killed application leaves behind: its server still running on the cluster.
        PgCtl.run(List.of(PostgresBinaries.program("pg_ctl").toString(), "start", "-D", cluster.toString(), "-w",
                "-l", cluster.resolve("server.log").toString(), "-o", "-c port=" + port + " -c listen_addresses=127.0.0.1"));
        long orphan = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        assertTrue(OrphanedPostmaster.isPostmasterOf(orphan, cluster));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            // It has exited (or is exiting: its parent, not us, reaps it).
            ProcessHandle.of(orphan).ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            assertFalse(OrphanedPostmaster.isPostmasterOf(orphan, cluster), "the orphan is stopped");
            try (Connection connection = connect(server.port(), "postgres", server.password())) {
                assertEquals("1", query(connection, "SELECT 1"));
            }
        }
    }

    @Test
    void leavesAProcessThatOnlyReusesTheRecordedPidAlone() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            assertTrue(server.port() > 0);
        }
        // A stale pid file naming a live process that is not a server of this cluster: this JVM.
        long self = ProcessHandle.current().pid();
        Files.writeString(cluster.resolve("postmaster.pid"), self + "\n" + cluster + "\n");
        assertFalse(OrphanedPostmaster.isPostmasterOf(self, cluster));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            try (Connection connection = connect(server.port(), "postgres", server.password())) {
                assertEquals("1", query(connection, "SELECT 1"));
            }
        }
    }

    @Test
    void refusesADataDirectoryInUseByAnotherInstance() throws IOException {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedPostgresServer.start(cluster));
            assertTrue(refused.getMessage().contains("in use"), refused.getMessage());
            assertTrue(server.port() > 0);
        }
    }

    private static Connection connect(int port, String database, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
