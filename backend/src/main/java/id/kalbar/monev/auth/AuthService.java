package id.kalbar.monev.auth;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuthService {

    /** The same answer for an unknown user, a wrong password and a disabled account. */
    static final String BAD_CREDENTIALS = "Username or password is incorrect";
    /** Audit entity type of user accounts. */
    public static final String USER_ENTITY = "user";

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final PasswordChecks passwordChecks;
    private final SignInThrottle throttle;
    private final TokenIssuer tokens;
    private final TokenStates states;
    private final RevokedTokens revoked;
    private final ClientCredentials clients;
    private final AuditLog audit;

    public AuthService(UserAccountRepository users, PasswordHasher hasher, PasswordChecks passwordChecks,
                       SignInThrottle throttle, TokenIssuer tokens, TokenStates states, RevokedTokens revoked,
                       ClientCredentials clients, AuditLog audit) {
        this.users = users;
        this.hasher = hasher;
        this.passwordChecks = passwordChecks;
        this.throttle = throttle;
        this.tokens = tokens;
        this.states = states;
        this.revoked = revoked;
        this.clients = clients;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenResponse issueToken(TokenRequest request, String address) {
        String username = request.username().trim();
        throttle.check(username, address);
        Optional<UserAccount> user = users.findByUsername(username);
        boolean matches = passwordChecks.run(() -> user.isPresent()
                ? hasher.matches(request.password(), user.get().passwordHash)
                : hasher.matchDecoy(request.password()));
        if (!matches || !user.get().active) {
            throttle.failed(username, address);
            throw Problems.unauthorized("bad-credentials", BAD_CREDENTIALS);
        }
        throttle.succeeded(username);
        return tokens.issue(user.get());
    }

    /** Empty when the client id and secret do not identify an active client. */
    public Optional<TokenResponse> issueClientToken(String clientId, String secret, String address) {
        throttle.check(clientId, address);
        Optional<TokenSubject> client = clients.authenticate(clientId, secret);
        if (client.isEmpty()) {
            throttle.failed(clientId, address);
            return Optional.empty();
        }
        throttle.succeeded(clientId);
        return client.map(tokens::issue);
    }

    /**
     * A user replaces their password (temporary or not). Every token issued so far stops working; the
     * answer is a fresh token, so the dashboard carries on without a new sign-in.
     */
    @Transactional
    public TokenResponse changePassword(Caller caller, PasswordChangeRequest request, String address) {
        if (caller.kind() != AccountKind.USER) {
            throw Problems.forbidden("An integration client has secrets, not a password: an administrator rotates them");
        }
        UserAccount user = users.findByIdOptional(UUID.fromString(caller.accountId()), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.unauthorized("The account no longer exists"));
        throttle.check(user.username, address);
        String storedHash = user.passwordHash;
        if (!passwordChecks.run(() -> hasher.matches(request.currentPassword(), storedHash))) {
            throttle.failed(user.username, address);
            throw Problems.validation("currentPassword", "is not your current password");
        }
        throttle.succeeded(user.username);
        List<FieldError> errors = new java.util.ArrayList<>(PasswordPolicy.violations(user.username, request.newPassword())
                .stream().map(message -> new FieldError("newPassword", message)).toList());
        if (request.newPassword().equals(request.currentPassword())) {
            errors.add(new FieldError("newPassword", "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        boolean wasTemporary = user.mustChangePassword;
        user.passwordHash = passwordChecks.run(() -> hasher.hash(request.newPassword()));
        user.mustChangePassword = false;
        user.tokenVersion++;
        users.flush();
        states.changed(AccountKind.USER, user.id.toString());
        audit.changed(USER_ENTITY, user.username, AuditAction.PASSWORD_CHANGE,
                Map.of("mustChangePassword", wasTemporary), Map.of("mustChangePassword", false));
        return tokens.issue(user);
    }

    /** The token in use stops working at once; the account's other tokens are untouched. */
    public void signOut(Caller caller) {
        revoked.revoke(caller.tokenId(), caller.tokenExpiry());
    }

    public CurrentUserResponse describe(Caller caller) {
        return new CurrentUserResponse(caller.username(), caller.displayName(), caller.role(),
                caller.regionCode().orElse(null), caller.kind(), caller.mustChangePassword());
    }
}
