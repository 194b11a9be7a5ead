package id.kalbar.monev.auth;

/** What an account may do; where it may do it is its {@link RegionScope}. */
public enum Role {
    /** Administrator of the whole deployment (the catalogue too) or of one province (its accounts, exceptions). */
    ADMIN,
    /** Officer who verifies the reports within its scope: the whole deployment or one province. */
    VERIFIER,
    /** Operator of a regency, city or province: reads within its scope, writes its own region's values only. */
    OPERATOR,
    /** The ministry: reads the whole nation, writes nothing. */
    MINISTRY
}
