package id.kalbar.monev.auth;

import java.util.Locale;

/** Whose token it is: a person's account or an integration client. Carried in the token's {@code acct} claim. */
public enum AccountKind {
    USER, CLIENT;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null for a value no token of ours carries. */
    public static AccountKind fromClaim(Object claim) {
        String text = claim == null ? "" : claim.toString().replace("\"", "");
        for (AccountKind kind : values()) {
            if (kind.claim().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
