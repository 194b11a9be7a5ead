package id.kalbar.monev.sync;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The configured sources with their progress, and runs on demand: for administrators of the whole deployment. */
@ApplicationScoped
public class SyncSourceService {

    /** How long a run on demand waits for a run under way (the schedule's) to end. */
    static final long WAIT_SECONDS = 30;

    private final SyncConfig config;
    private final SourceSync sync;
    private final SyncWriter states;
    private final Caller caller;

    SyncSourceService(SyncConfig config, SourceSync sync, SyncWriter states, Caller caller) {
        this.config = config;
        this.sync = sync;
        this.states = states;
        this.caller = caller;
    }

    public List<SyncSourceResponse> list() {
        requireNationalAdministrator();
        Instant now = Instant.now();
        return config.sources().keySet().stream().sorted()
                .map(name -> status(name, now))
                .toList();
    }

    public SyncSourceResponse run(String name, String fromStartText) {
        requireNationalAdministrator();
        boolean fromStart = Boolean.TRUE.equals(FilterValues.bool(fromStartText, "fromStart"));
        if (!config.sources().containsKey(name)) {
            throw Problems.notFound("Sync source", name);
        }
        if (sync.run(name, fromStart, WAIT_SECONDS) == SourceSync.Outcome.BUSY) {
            throw Problems.conflict("sync-running", "Source " + name + " is being mirrored by another run; "
                    + "its progress shows in the list of sources");
        }
        return status(name, Instant.now());
    }

    private SyncSourceResponse status(String name, Instant now) {
        return SyncSourceResponse.of(name, config.sources().get(name), states.read(name), sync.running(name), now);
    }

    private void requireNationalAdministrator() {
        caller.requireNationalScope("sync-scope", "sees and runs the sources it mirrors");
    }
}
