package id.kalbar.monev.importing;

import id.kalbar.monev.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Large or explicitly asynchronous bulk loads: the body is spooled to a temporary file, the request
 * answers 202 with a job, and the load runs in the background with its progress readable meanwhile.
 */
@ApplicationScoped
public class ImportJobService {

    private static final Logger LOG = Logger.getLogger(ImportJobService.class);

    @ApplicationScoped
    public static class Jobs implements PanacheRepositoryBase<ImportJob, UUID> {
    }

    private final Jobs jobs;
    private final ImportService imports;
    private final BulkSlots slots;
    private final ManagedExecutor executor;
    private final InterruptedImportJobs.Spool spool;
    /** Bytes read so far by the loads queued or running on this instance. */
    private final Map<UUID, AtomicLong> progress = new ConcurrentHashMap<>();

    @Inject
    Event<ImportJobFinished> finished;

    public ImportJobService(Jobs jobs, ImportService imports, BulkSlots slots, ManagedExecutor executor,
                            InterruptedImportJobs.Spool spool) {
        this.jobs = jobs;
        this.imports = imports;
        this.slots = slots;
        this.executor = executor;
        this.spool = spool;
    }

    public ImportJobResponse submit(BulkKind kind, InputStream body, ImportOptions options, ImportActor actor) {
        imports.requireRole(kind, actor);
        BulkSlots.Slot slot = slots.acquire();
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        Path file;
        try {
            // Spooled under the job's id, so that a restart after a crash finds and removes it.
            file = spool(body, job.id);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
        job.runner = spool.runner();
        job.kind = kind.name().toUpperCase(java.util.Locale.ROOT);
        job.status = ImportJobStatus.QUEUED;
        job.createdBy = actor.username();
        job.createdAt = Instant.now();
        job.fileBytes = size(file);
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        AtomicLong read = new AtomicLong();
        progress.put(job.id, read);
        executor.runAsync(() -> {
            try (slot) {
                run(job.id, kind, file, options, actor, read);
            }
        });
        return ImportJobResponse.from(job, 0);
    }

    public ImportJobResponse get(UUID id, ImportActor actor) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> jobs.findByIdOptional(id))
                .orElseThrow(() -> Problems.notFound("Import job", id.toString()));
        // A job holds no region: an account bound to one sees its own jobs only, a national one every job.
        if (!actor.scope().isNation() && !job.createdBy.equals(actor.username())) {
            throw Problems.notFound("Import job", id.toString());
        }
        AtomicLong read = progress.get(id);
        return ImportJobResponse.from(job, read == null ? 0 : read.get());
    }

    private void run(UUID id, BulkKind kind, Path file, ImportOptions options, ImportActor actor, AtomicLong read) {
        finish(id, ImportJobStatus.RUNNING, null, null, false);
        try (InputStream in = new CountingStream(Files.newInputStream(file), read)) {
            ImportSummary summary = imports.load(kind, in, options, actor);
            finish(id, ImportJobStatus.SUCCEEDED, summary, null, true);
        } catch (HttpProblem problem) {
            Object summary = problem.getParameters().get("summary");
            finish(id, summary != null ? ImportJobStatus.REJECTED : ImportJobStatus.FAILED,
                    summary instanceof ImportSummary s ? s : null, problem.getDetail(), true);
        } catch (RuntimeException | IOException e) {
            LOG.error("Background import " + id + " failed", e);
            finish(id, ImportJobStatus.FAILED, null, "The load failed unexpectedly; nothing was written", true);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s", file);
            }
            synchronized (progress) {
                progress.remove(id);
                progress.notifyAll();
            }
        }
    }

    /**
     * On shutdown, after the HTTP server has drained: loads still queued or running get up to
     * {@code limit} to finish before the database goes. One cut off is rolled back by the database and
     * marked interrupted at the next start.
     */
    void awaitRunningJobs(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (progress) {
            if (!progress.isEmpty()) {
                LOG.infof("Waiting up to %s for %d background import(s) to finish", limit, progress.size());
            }
            while (!progress.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("%d background import(s) still running at shutdown; they will be marked interrupted", progress.size());
                    return;
                }
                progress.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void finish(UUID id, ImportJobStatus status, ImportSummary summary, String error, boolean done) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(id);
            job.status = status;
            job.summary = summary;
            job.error = error;
            if (done) {
                job.finishedAt = Instant.now();
                finished.fire(new ImportJobFinished(job.id, job.kind.toLowerCase(java.util.Locale.ROOT), job.status, job.createdBy));
            }
        });
    }

    private Path spool(InputStream body, UUID id) {
        try {
            Path file = spool.create(id);
            try (InputStream in = new LimitedInputStream(body, imports.maxBytes())) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong read;

        CountingStream(InputStream in, AtomicLong read) {
            super(in);
            this.read = read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}
