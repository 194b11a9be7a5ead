package id.kalbar.monev.boot;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server still running on our cluster after the application that started it was killed
 * (kill -9, power cut of the JVM only). It is recognised by the cluster's {@code postmaster.pid}: the
 * process must be alive, be a {@code postgres} program, and have our cluster as its working directory
 * (a postmaster always changes into its data directory). Only then is it stopped; a process that
 * merely reuses the recorded pid is never touched.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);

    private final Path clusterDir;
    private final long pid;

    private OrphanedPostmaster(Path clusterDir, long pid) {
        this.clusterDir = clusterDir;
        this.pid = pid;
    }

    /**
     * The server left running on {@code clusterDir}, if any. Call it only while holding the cluster's
     * lock: then no running application owns that server. A pid file whose process is not a
     * postmaster of this cluster is stale and removed, so that it cannot block the start either.
     */
    static Optional<OrphanedPostmaster> find(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        if (pid > 0 && isPostmasterOf(pid, clusterDir)) {
            return Optional.of(new OrphanedPostmaster(clusterDir, pid));
        }
        if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !canInspect(pid)) {
            // Another user's process, or a system without /proc: leave the decision to PostgreSQL.
            return Optional.empty();
        }
        LOG.infof("Removing the stale %s (process %d is not a PostgreSQL server of this cluster)", pidFile, pid);
        Files.deleteIfExists(pidFile);
        return Optional.empty();
    }

    long pid() {
        return pid;
    }

    /** Fast shutdown: open transactions (a load cut off mid-way) roll back, then the server stops cleanly. */
    void stop() throws IOException {
        LOG.warnf("Stopping the embedded PostgreSQL (process %d) left running on %s by an application that did not stop cleanly",
                pid, clusterDir);
        try {
            PgCtl.run(List.of(PostgresBinaries.program("pg_ctl").toString(), "stop", "-D", clusterDir.toString(),
                    "-m", "fast", "-w", "-t", "60"));
        } catch (IOException e) {
            LOG.warnf("Fast shutdown of process %d failed (%s); stopping it immediately", pid, e.getMessage());
            PgCtl.run(List.of(PostgresBinaries.program("pg_ctl").toString(), "stop", "-D", clusterDir.toString(),
                    "-m", "immediate", "-w", "-t", "60"));
        }
        // pg_ctl returns when the pid file is gone; the process itself may take a moment more.
        ProcessHandle.of(pid).ifPresent(process -> {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("Process %d has not exited yet", pid);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static boolean isPostmasterOf(long pid, Path clusterDir) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive() || !canInspect(pid)) {
            return false;
        }
        try {
            Path executable = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe"));
            Path workingDir = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"));
            return executable.getFileName().toString().equals("postgres")
                    && workingDir.equals(clusterDir.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean canInspect(long pid) {
        return Files.isReadable(Path.of("/proc", Long.toString(pid), "cmdline"))
                && Files.isSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"))
                && Files.isReadable(Path.of("/proc", Long.toString(pid), "cwd"));
    }
}
