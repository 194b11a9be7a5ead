package id.kalbar.monev.auth;

import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AuthService {

    /** The same answer for an unknown user, a wrong password and a disabled account. */
    static final String BAD_CREDENTIALS = "Username or password is incorrect";

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;

    public AuthService(UserAccountRepository users, PasswordHasher hasher, TokenIssuer tokens) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenResponse issueToken(TokenRequest request) {
        var user = users.findByUsername(request.username().trim());
        if (user.isEmpty()) {
            hasher.matchDecoy(request.password());
            throw Problems.unauthorized("bad-credentials", BAD_CREDENTIALS);
        }
        UserAccount account = user.get();
        if (!hasher.matches(request.password(), account.passwordHash) || !account.active) {
            throw Problems.unauthorized("bad-credentials", BAD_CREDENTIALS);
        }
        return tokens.issue(account);
    }

    public CurrentUserResponse describe(Caller caller) {
        return new CurrentUserResponse(caller.username(), caller.displayName(), caller.role(),
                caller.regionCode().orElse(null));
    }
}
