package id.kalbar.monev.importing;

import java.util.UUID;

/** A background load ended (succeeded, rejected or failed), fired in the transaction that records it. */
public record ImportJobFinished(UUID jobId, String kind, ImportJobStatus status, String startedBy) {
}
