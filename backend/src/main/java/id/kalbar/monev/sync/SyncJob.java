package id.kalbar.monev.sync;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Pulls every enabled source on the schedule of {@code monev.sync.every}; a source still running is left to finish. */
@ApplicationScoped
class SyncJob {

    private final SyncConfig config;
    private final SourceSync sync;

    SyncJob(SyncConfig config, SourceSync sync) {
        this.config = config;
        this.sync = sync;
    }

    @Scheduled(every = "${monev.sync.every}", delayed = "10s", identity = "sync-sources",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        config.sources().forEach((name, source) -> {
            if (source.enabled()) {
                sync.runIfIdle(name);
            }
        });
    }
}
