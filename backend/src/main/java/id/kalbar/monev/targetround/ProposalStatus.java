package id.kalbar.monev.targetround;

/** A proposal as the province reviewed it: ACCEPTED and ADJUSTED ones become targets on approval. */
public enum ProposalStatus {
    PROPOSED, ACCEPTED, ADJUSTED, RETURNED
}
