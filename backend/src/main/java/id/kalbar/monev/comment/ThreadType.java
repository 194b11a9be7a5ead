package id.kalbar.monev.comment;

/** The kinds of record that carry a comment thread. */
public enum ThreadType {
    REALIZATION, FINDING, RECOMMENDATION, PROPOSAL
}
