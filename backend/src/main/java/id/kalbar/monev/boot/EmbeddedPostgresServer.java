package id.kalbar.monev.boot;

import org.jboss.logging.Logger;
import org.postgresql.util.PasswordUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server run from the binaries on the classpath, with its cluster kept in a directory
 * that survives restarts. Durability stays on: the embedded server holds real data.
 *
 * <p>It accepts only the application: one account ({@code postgres}), SCRAM-SHA-256 password
 * authentication over the loopback interface, no Unix-socket or {@code trust} entries. The password is
 * generated on first start and kept beside the cluster in {@code postgres.password} (mode 0600);
 * {@code make psql} and {@code make pg-dump} read it from there. Clusters created with {@code trust} by
 * earlier versions get the password and the new {@code pg_hba.conf} on their next start.
 *
 * <p>While it runs, the application holds {@code postgres.lock} beside the cluster. A server found
 * running on the cluster at start while that lock is free was left behind by a killed application; it
 * is stopped before the new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "monev";
    static final String USER = "postgres";
    static final String LISTEN_ADDRESS = "127.0.0.1";
    /** First line of the pg_hba.conf this class writes: a cluster without it still has initdb's (or trust). */
    static final String HBA_MARKER = "# Monev KUMKM: the application's account only, by password, over loopback.";

    private final Path clusterDir;
    private final boolean temporary;
    private final String password;
    private final int port;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean stopped;

    private EmbeddedPostgresServer(Path clusterDir, boolean temporary, String password, int port,
                                   FileChannel lockChannel, FileLock lock) {
        this.clusterDir = clusterDir;
        this.temporary = temporary;
        this.password = password;
        this.port = port;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts a server on a cluster in {@code clusterDir}, creating the cluster the first time. */
    public static EmbeddedPostgresServer start(Path clusterDir) throws IOException {
        return start(clusterDir, false);
    }

    /** Starts a throw-away server whose cluster is deleted when it stops (tests). */
    public static EmbeddedPostgresServer startTemporary(Path clusterDir) throws IOException {
        EmbeddedPostgresServer server = start(clusterDir, true);
        Runtime.getRuntime().addShutdownHook(new Thread(server::closeQuietly, "embedded-postgres-stop"));
        return server;
    }

    /** The file holding the password of the cluster in {@code clusterDir}. */
    public static Path passwordFile(Path clusterDir) {
        return sibling(clusterDir, ".password");
    }

    private static Path sibling(Path clusterDir, String suffix) {
        Path dir = clusterDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + suffix);
    }

    private static EmbeddedPostgresServer start(Path clusterDir, boolean temporary) throws IOException {
        clusterDir = clusterDir.toAbsolutePath().normalize();
        Files.createDirectories(clusterDir.getParent());
        FileChannel lockChannel = FileChannel.open(sibling(clusterDir, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("The database in " + clusterDir
                    + " is in use by another running instance of the application (stop it first, or set MONEV_DATA_DIR)");
        }
        try {
            EmbeddedPostgresServer server = prepareAndStart(clusterDir, temporary, lockChannel, lock);
            LOG.infof("Embedded PostgreSQL started on port %d with its data in %s", server.port, clusterDir);
            return server;
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    private static EmbeddedPostgresServer prepareAndStart(Path clusterDir, boolean temporary,
                                                          FileChannel lockChannel, FileLock lock) throws IOException {
        Files.createDirectories(clusterDir);
        var orphan = OrphanedPostmaster.find(clusterDir);
        if (orphan.isPresent()) {
            orphan.get().stop();
        }
        if (temporary) {
            deleteContents(clusterDir);
        }
        Path passwordFile = passwordFile(clusterDir);
        boolean newPassword = !Files.isRegularFile(passwordFile);
        if (newPassword) {
            SecretFiles.writeSecret(passwordFile, generatePassword().getBytes(StandardCharsets.US_ASCII));
        }
        String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();

        if (!Files.isRegularFile(clusterDir.resolve("PG_VERSION"))) {
            initdb(clusterDir, passwordFile);
        } else if (newPassword || !ownsHbaFile(clusterDir)) {
            // A cluster of an earlier version (trust), or one whose password file was lost.
            LOG.infof("Setting the password of the embedded PostgreSQL in %s (kept in %s)", clusterDir, passwordFile);
            setPasswordOffline(clusterDir, password);
        }
        writeHbaFile(clusterDir);

        int port = freePort();
        PgCtl.run(List.of(PostgresBinaries.program("pg_ctl").toString(), "start", "-D", clusterDir.toString(),
                "-l", clusterDir.resolve("server.log").toString(), "-w", "-t", "120", "-o", serverOptions(port)));
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(clusterDir, temporary, password, port, lockChannel, lock);
        try {
            server.createDatabaseIfMissing();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static String generatePassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void initdb(Path clusterDir, Path passwordFile) throws IOException {
        PgCtl.run(List.of(PostgresBinaries.program("initdb").toString(), "-D", clusterDir.toString(),
                "-U", USER, "-E", "UTF-8", "--auth=scram-sha-256", "--pwfile=" + passwordFile));
    }

    /** Single-user mode: nothing listens while the password is set, so there is never a trust window. */
    private static void setPasswordOffline(Path clusterDir, String password) throws IOException {
        // Only the SCRAM verifier reaches the server, never the password itself.
        String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
        PgCtl.run(List.of(PostgresBinaries.program("postgres").toString(), "--single", "-D", clusterDir.toString(),
                        "-c", "log_min_error_statement=panic", "-c", "exit_on_error=on", "postgres"),
                "ALTER ROLE " + USER + " PASSWORD '" + verifier + "';\n");
    }

    private static boolean ownsHbaFile(Path clusterDir) throws IOException {
        Path hba = clusterDir.resolve("pg_hba.conf");
        return Files.isRegularFile(hba) && Files.readString(hba).startsWith(HBA_MARKER);
    }

    private static void writeHbaFile(Path clusterDir) throws IOException {
        String hba = HBA_MARKER + "\n"
                + "# Written at every start: no Unix-socket (local) entries, nothing trusted.\n"
                + "# TYPE  DATABASE  USER      ADDRESS        METHOD\n"
                + "host    all       " + USER + "  127.0.0.1/32   scram-sha-256\n";
        SecretFiles.write(clusterDir.resolve("pg_hba.conf"), hba.getBytes(StandardCharsets.US_ASCII), SecretFiles.OWNER_ONLY);
    }

    private static String serverOptions(int port) {
        Map<String, String> settings = Map.of(
                "port", Integer.toString(port),
                "listen_addresses", LISTEN_ADDRESS,
                "password_encryption", "scram-sha-256",
                "timezone", "UTC",
                // Durability on: this server holds real data.
                "fsync", "on",
                "synchronous_commit", "on",
                "full_page_writes", "on",
                "max_connections", "100");
        List<String> options = new ArrayList<>();
        settings.forEach((name, value) -> options.add("-c " + name + "=" + value));
        return String.join(" ", options);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LISTEN_ADDRESS))) {
            return socket.getLocalPort();
        }
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = connect("postgres");
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

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://" + LISTEN_ADDRESS + ":" + port + "/" + database, properties);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + LISTEN_ADDRESS + ":" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Points the Quarkus datasource at this server. */
    public void exposeAsDatasource() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", password);
    }

    /**
     * Stops the server when the JVM shuts down, but only once {@code applicationStopped} opens (or after
     * {@code limit}): the application drains its requests and jobs on the database before it goes.
     */
    public void stopOnExitAfter(CountDownLatch applicationStopped, Duration limit) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!applicationStopped.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warnf("The application did not stop within %s; stopping the embedded PostgreSQL anyway", limit);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeQuietly();
        }, "embedded-postgres-stop"));
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not stop the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    /** Fast shutdown (open transactions roll back), then the lock is released. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(clusterDir.resolve("postmaster.pid"))) {
                PgCtl.run(List.of(PostgresBinaries.program("pg_ctl").toString(), "stop", "-D", clusterDir.toString(),
                        "-m", "fast", "-w", "-t", "60"));
            }
            LOG.infof("Embedded PostgreSQL in %s stopped", clusterDir);
            if (temporary) {
                deleteContents(clusterDir);
                Files.deleteIfExists(clusterDir);
                Files.deleteIfExists(passwordFile(clusterDir));
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(dir)) {
                    Files.delete(file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
