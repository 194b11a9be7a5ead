package id.kalbar.monev.sync;

/** Where a source stands, from its last runs. */
public enum SyncSourceState {
    NEVER_RUN, RUNNING, OK, FAILING;

    static SyncSourceState of(SyncState state, boolean running) {
        if (running) {
            return RUNNING;
        }
        if (state.lastRunAt == null) {
            return NEVER_RUN;
        }
        boolean failedLast = state.lastErrorAt != null
                && (state.lastSuccessAt == null || state.lastErrorAt.isAfter(state.lastSuccessAt));
        return failedLast ? FAILING : OK;
    }
}
