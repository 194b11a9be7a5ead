package id.kalbar.monev.auth;

/** What an access token says about its holder, whether a person or an integration client. */
public record TokenSubject(AccountKind kind, String id, String name, String displayName, Role role, String regionCode,
                          int tokenVersion) {

    public static TokenSubject of(UserAccount user) {
        return new TokenSubject(AccountKind.USER, user.id.toString(), user.username, user.displayName, user.role,
                user.regionCode, user.tokenVersion);
    }
}
