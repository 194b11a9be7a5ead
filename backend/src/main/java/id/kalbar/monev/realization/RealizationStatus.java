package id.kalbar.monev.realization;

/**
 * The verification workflow: an operator drafts and submits, the province verifies or returns with
 * a reason; a returned value goes back to the operator, a verified one changes only when reopened.
 */
public enum RealizationStatus {
    DRAFT, SUBMITTED, VERIFIED, RETURNED;

    /** Whether the reporting region may still change the value. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
