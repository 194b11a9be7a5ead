package id.kalbar.monev.targetround;

/** Why a proposal deserves a second look. */
public enum ProposalFlag {
    /** More than the tolerated share away from the suggested value. */
    FAR_FROM_SUGGESTION,
    /** Higher is better, yet below last year's realization. */
    BELOW_LAST_REALIZATION,
    /** Lower is better, yet above last year's realization. */
    ABOVE_LAST_REALIZATION
}
