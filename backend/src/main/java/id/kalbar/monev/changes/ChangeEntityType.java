package id.kalbar.monev.changes;

/**
 * The kinds of record the feed reports, as the capture triggers name them. A target's period breakdown and a
 * meeting's regions are part of their target and meeting, so they are reported as an UPDATE of those.
 */
public enum ChangeEntityType {
    REGION, PROGRAM, INDICATOR, TARGET, REALIZATION, MEETING, AGREEMENT, FINDING, RECOMMENDATION, FOLLOW_UP
}
