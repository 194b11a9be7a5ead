package id.kalbar.monev.work;

/** The kinds of work a home page lists. */
public enum WorkKind {
    /** Operator: a period open for reporting, with how many of its values are filled. */
    OPEN_PERIOD,
    /** Operator: a value the verifier returned, with the reason. */
    VALUE_RETURNED,
    /** Operator: a recommendation of the region due within 7 days. */
    RECOMMENDATION_DUE,
    /** A recommendation past its due date and not settled. */
    RECOMMENDATION_OVERDUE,
    /** Operator: proposals of the open target round still to make (or returned to redo). */
    PROPOSALS_TO_MAKE,
    /** Verifier: submitted values of a region waiting for verification. */
    AWAITING_VERIFICATION,
    /** Verifier: proposals of a round waiting for review. */
    PROPOSALS_TO_REVIEW,
    /** Administrator: one region's reporting completeness of a running period. */
    REPORTING_COMPLETENESS,
    /** Administrator: a background load that failed or was rejected. */
    FAILED_IMPORT,
    /** Administrator: a target round not yet approved. */
    TARGET_ROUND,
    /** Ministry: the province's completeness of a running period. */
    PROVINCE_COMPLETENESS,
    /** Ministry: a key figure of the province. */
    KEY_FIGURE
}
