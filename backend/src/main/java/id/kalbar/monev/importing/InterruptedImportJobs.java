package id.kalbar.monev.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Background loads across a stop of the application. On shutdown the running ones get time to finish;
 * one cut off by a crash or kill -9 was rolled back by the database (a load is one transaction), and at
 * the next start this instance marks it failed ("interrupted") and removes its spooled file.
 */
@ApplicationScoped
public class InterruptedImportJobs {

    private static final Logger LOG = Logger.getLogger(InterruptedImportJobs.class);
    static final String INTERRUPTED = "interrupted: the application stopped before the load finished; nothing was written";

    /** Where this instance spools uploads: {@code <data dir>/imports/<instance>/<job id>.upload}. */
    @ApplicationScoped
    public static class Spool {

        private final String runner;
        private final Path dir;

        public Spool(@ConfigProperty(name = "monev.data-dir") String dataDir,
                     @ConfigProperty(name = "monev.instance-name") Optional<String> instanceName) {
            this.runner = instanceName.filter(name -> !name.isBlank()).orElseGet(Spool::hostName);
            this.dir = Path.of(dataDir).toAbsolutePath().resolve("imports").resolve(runner.replaceAll("[^A-Za-z0-9._-]", "_"));
        }

        /** Instances sharing a database (replicas) tell their jobs apart by host name. */
        private static String hostName() {
            String fromEnvironment = System.getenv("HOSTNAME");
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return fromEnvironment;
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }

        String runner() {
            return runner;
        }

        Path create(UUID job) throws IOException {
            Files.createDirectories(dir);
            return Files.createFile(dir.resolve(job + ".upload"));
        }

        Path dir() {
            return dir;
        }
    }

    private final ImportJobService.Jobs jobs;
    private final ImportJobService service;
    private final Spool spool;
    private final Duration shutdownWait;

    public InterruptedImportJobs(ImportJobService.Jobs jobs, ImportJobService service, Spool spool,
                                 @ConfigProperty(name = "monev.import.shutdown-wait") Duration shutdownWait) {
        this.jobs = jobs;
        this.service = service;
        this.spool = spool;
        this.shutdownWait = shutdownWait;
    }

    void markInterrupted(@Observes StartupEvent event) {
        int marked = QuarkusTransaction.requiringNew().call(() -> jobs.update(
                "status = ?1, error = ?2, finishedAt = ?3 where status in ?4 and (runner = ?5 or runner is null)",
                ImportJobStatus.FAILED, INTERRUPTED, Instant.now(),
                java.util.List.of(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING), spool.runner()));
        if (marked > 0) {
            LOG.warnf("%d background import(s) were cut off by the previous stop: marked failed (interrupted), nothing of them was written", marked);
        }
        removeSpooledFiles();
    }

    private void removeSpooledFiles() {
        if (!Files.isDirectory(spool.dir())) {
            return;
        }
        try (Stream<Path> files = Files.list(spool.dir())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + spool.dir(), e);
        }
    }

    void drain(@Observes ShutdownEvent event) throws InterruptedException {
        service.awaitRunningJobs(shutdownWait);
    }
}
