package id.kalbar.monev.evaluation;

/** A finding is closed once every one of its recommendations is done or cannot be acted on. */
public enum FindingStatus {
    OPEN, CLOSED
}
