package id.kalbar.monev.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kalbar.monev.changes.ChangePage;
import id.kalbar.monev.changes.ChangeResponse;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mirrors a source until it has nothing newer: reads a page of its change feed, reads the records the page names,
 * writes them here and moves the cursor, page after page. One run of a source at a time in this process; the
 * cursor check in {@link SyncWriter#apply} keeps replicas from writing the same page twice.
 */
@ApplicationScoped
public class SourceSync {

    private static final Logger LOG = Logger.getLogger(SourceSync.class);

    private final SyncConfig config;
    private final SyncWriter writer;
    private final ObjectMapper mapper;
    private final Map<String, ReentrantLock> runs = new ConcurrentHashMap<>();

    SourceSync(SyncConfig config, SyncWriter writer, ObjectMapper mapper) {
        this.config = config;
        this.writer = writer;
        this.mapper = mapper;
    }

    /** What a run came to. */
    public enum Outcome {
        CAUGHT_UP, FAILED, BUSY
    }

    /** Runs the source unless a run of it is under way; a scheduled run does not wait for another. */
    Outcome runIfIdle(String name) {
        return run(name, false, 0);
    }

    /** Runs the source, waiting up to {@code waitSeconds} for a run under way to end first. */
    Outcome run(String name, boolean fromStart, long waitSeconds) {
        SyncConfig.Source source = config.sources().get(name);
        ReentrantLock lock = runs.computeIfAbsent(name, n -> new ReentrantLock());
        try {
            if (!lock.tryLock(waitSeconds, TimeUnit.SECONDS)) {
                return Outcome.BUSY;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.BUSY;
        }
        try {
            return pull(name, source, fromStart);
        } finally {
            lock.unlock();
        }
    }

    boolean running(String name) {
        ReentrantLock lock = runs.get(name);
        return lock != null && lock.isLocked();
    }

    private Outcome pull(String name, SyncConfig.Source source, boolean fromStart) {
        Instant startedAt = Instant.now();
        String from = writer.startingCursor(name, fromStart);
        SourceClient client = new SourceClient(name, source, config.requestTimeout(), mapper);
        try {
            boolean more = true;
            long changesRead = 0;
            long readingNanos = 0;
            long writingNanos = 0;
            while (more) {
                long readStart = System.nanoTime();
                ChangePage page = client.read(client.get("/api/v1/changes",
                                Map.of("after", from, "size", Integer.toString(config.pageSize())))
                        .orElseThrow(() -> new SyncFailure(name + ": the source has no change feed (404)")), ChangePage.class);
                List<ChangeResponse> changes = page.items();
                SourceRecords records = SourceRecords.read(changes, client);
                long writeStart = System.nanoTime();
                readingNanos += writeStart - readStart;
                Instant lastChangeAt = changes.isEmpty() ? null : changes.get(changes.size() - 1).changedAt();
                if (!writer.apply(name, source.region(), from, page.next(), lastChangeAt, changes.size(), records)) {
                    LOG.infof("Source %s: another run moved the cursor; this one stops", name);
                    return Outcome.BUSY;
                }
                writingNanos += System.nanoTime() - writeStart;
                changesRead += changes.size();
                from = page.next();
                more = page.hasMore() && !changes.isEmpty();
            }
            writer.finish(name, startedAt, null);
            if (changesRead > 0) {
                LOG.infof("Source %s: %d changes mirrored in %d ms (reading the source %d ms, writing here %d ms)", name,
                        changesRead, (readingNanos + writingNanos) / 1_000_000, readingNanos / 1_000_000, writingNanos / 1_000_000);
            }
            return Outcome.CAUGHT_UP;
        } catch (RuntimeException e) {
            String error = describe(e);
            LOG.warnf(e instanceof SyncFailure ? null : e, "Source %s: run failed: %s", name, error);
            writer.finish(name, startedAt, error);
            return Outcome.FAILED;
        }
    }

    /** What administrators read: a refused record's problem as the API would tell it, else the failure's message. */
    private static String describe(RuntimeException e) {
        if (e instanceof HttpProblem problem) {
            return "a record of the source was refused: " + problem.getTitle()
                    + (problem.getDetail() == null ? "" : ": " + problem.getDetail());
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }
}
