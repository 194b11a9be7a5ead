package id.kalbar.monev.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;

@Schema(name = "SyncSource", description = "A province deployment this deployment mirrors, and how far it has come")
public record SyncSourceResponse(
        @Schema(required = true, description = "The source's name in the configuration (monev.sync.sources.<name>)",
                examples = "kalbar") String name,
        @Schema(required = true, description = "Where the source's API is", examples = "https://monev.kalbarprov.go.id") String url,
        @Schema(required = true, description = "The province whose data the source brings; it writes nothing outside it",
                examples = "61") String regionCode,
        @Schema(required = true, description = "Whether the schedule runs it (a run on demand always does)") boolean enabled,
        @Schema(required = true, description = "NEVER_RUN, RUNNING, OK (the last run reached the end of the source's "
                + "changes) or FAILING (the last run stopped at `lastError`)") SyncSourceState state,
        @Schema(required = true, description = "The source's change-feed cursor behind the last change mirrored",
                examples = "1742-90817") String cursor,
        @Schema(nullable = true, description = "When the last run started") Instant lastRunAt,
        @Schema(nullable = true, description = "When the last run that reached the end of the source's changes started")
        Instant lastSuccessAt,
        @Schema(nullable = true, description = "Why the last failed run stopped; kept after later runs succeed, with its time")
        String lastError,
        @Schema(nullable = true) Instant lastErrorAt,
        @Schema(required = true, description = "Changes read from the source's feed so far") long changesRead,
        @Schema(required = true, description = "Records created, changed or deleted here by mirroring; a record already "
                + "as the source holds it is not written again") long recordsWritten,
        @Schema(nullable = true, description = "When the newest change mirrored was made at the source") Instant lastChangeAt,
        @Schema(nullable = true, description = "Seconds since this deployment last held everything the source had "
                + "(the start of the last run that caught up); null before the first such run", examples = "42")
        Long lagSeconds) {

    static SyncSourceResponse of(String name, SyncConfig.Source source, SyncState state, boolean running, Instant now) {
        return new SyncSourceResponse(name, source.url().toString(), source.region(), source.enabled(),
                SyncSourceState.of(state, running), state.cursor, state.lastRunAt, state.lastSuccessAt, state.lastError,
                state.lastErrorAt, state.changesRead, state.recordsWritten, state.lastChangeAt,
                state.lastSuccessAt == null ? null : Math.max(0, Duration.between(state.lastSuccessAt, now).toSeconds()));
    }
}
