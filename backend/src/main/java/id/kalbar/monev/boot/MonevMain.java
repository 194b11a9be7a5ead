package id.kalbar.monev.boot;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares what the application needs before Quarkus reads its configuration: the data directory,
 * the token signing keys and, unless an external database is configured, an embedded PostgreSQL.
 * The embedded database stops last: after Quarkus has drained its requests and background jobs.
 */
@QuarkusMain
public class MonevMain {

    private static final Logger LOG = Logger.getLogger(MonevMain.class);
    /** Longer than the HTTP drain and the wait for running imports together. */
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    public static void main(String... args) throws Exception {
        Path dataDir = DataDirectory.resolve();
        SigningKeyFiles.ensureExist(dataDir.resolve("keys"));

        EmbeddedPostgresServer embedded = null;
        CountDownLatch applicationStopped = new CountDownLatch(1);
        if (ExternalDatabase.isConfigured()) {
            LOG.info("Using the PostgreSQL server given by QUARKUS_DATASOURCE_JDBC_URL");
        } else {
            embedded = EmbeddedPostgresServer.start(dataDir.resolve("postgres"));
            embedded.exposeAsDatasource();
            // Ctrl-C / SIGTERM run every shutdown hook at once: this one waits for Quarkus to finish.
            embedded.stopOnExitAfter(applicationStopped, DRAIN_LIMIT);
        }
        AtomicInteger exitCode = new AtomicInteger();
        try {
            Quarkus.run(null, (code, failure) -> {
                if (failure != null) {
                    LOG.error("Monev KUMKM could not start", failure); // else a failed start would say nothing
                }
                exitCode.set(code);
            }, args);
        } finally {
            applicationStopped.countDown();
            if (embedded != null) {
                embedded.close();
            }
        }
        System.exit(exitCode.get());
    }
}
