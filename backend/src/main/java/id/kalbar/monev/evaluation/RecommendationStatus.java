package id.kalbar.monev.evaluation;

/**
 * The audit board's four follow-up statuses: 1 done as recommended, 2 in progress (not yet as
 * recommended), 3 not yet acted on, 4 cannot be acted on (with a reason).
 */
public enum RecommendationStatus {
    DONE, IN_PROGRESS, NOT_ACTED, CANNOT_ACT;

    /** Done or cannot be acted on: nothing more is expected. */
    public boolean settled() {
        return this == DONE || this == CANNOT_ACT;
    }
}
