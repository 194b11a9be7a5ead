package id.kalbar.monev.targetround;

/** A target-setting round: proposals are made while OPEN, reviewed, then APPROVED into targets. */
public enum RoundStatus {
    OPEN, UNDER_REVIEW, APPROVED
}
