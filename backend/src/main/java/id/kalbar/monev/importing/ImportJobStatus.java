package id.kalbar.monev.importing;

/** Where a background load stands; REJECTED: rows were rejected and nothing was written. */
public enum ImportJobStatus {
    QUEUED, RUNNING, SUCCEEDED, REJECTED, FAILED
}
