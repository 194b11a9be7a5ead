package id.kalbar.monev.auth;

/** What a user may do; an OPERATOR is bound to one region. */
public enum Role {
    /** Province administrator: manages the catalogue, accounts and exceptions. */
    ADMIN,
    /** Province officer who verifies the regencies' reports. */
    VERIFIER,
    /** Regency or city operator: reads and writes its own region's data only. */
    OPERATOR,
    /** The ministry's integration client: reads everything, writes nothing. */
    MINISTRY
}
