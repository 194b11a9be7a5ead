package id.kalbar.monev.target;

/** Where a target stands in the target-setting round. */
public enum TargetStatus {
    PROPOSED, AGREED
}
