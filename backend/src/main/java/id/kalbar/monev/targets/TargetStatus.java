package id.kalbar.monev.targets;

/** Where a target stands in the target-setting round. */
public enum TargetStatus {
    PROPOSED, AGREED
}
