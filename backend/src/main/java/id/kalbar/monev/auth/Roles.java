package id.kalbar.monev.auth;

/** Role names as constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String VERIFIER = "VERIFIER";
    public static final String OPERATOR = "OPERATOR";
    public static final String MINISTRY = "MINISTRY";

    private Roles() {
    }
}
