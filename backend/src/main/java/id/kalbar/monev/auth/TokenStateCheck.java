package id.kalbar.monev.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * A signed, unexpired token is not enough: it must not have been signed out, and its account must be
 * active and still at the token version the token carries (deactivation, a new password, another
 * role or region raise it). Runs on every authenticated request, off the event loop.
 */
@ApplicationScoped
public class TokenStateCheck implements SecurityIdentityAugmentor {

    /** Identity attribute: the holder still has to replace a temporary password. */
    public static final String MUST_CHANGE_PASSWORD = "monev.mustChangePassword";

    private final TokenStates states;
    private final RevokedTokens revoked;

    public TokenStateCheck(TokenStates states, RevokedTokens revoked) {
        this.states = states;
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> verified(identity, token));
    }

    private SecurityIdentity verified(SecurityIdentity identity, JsonWebToken token) {
        AccountKind kind = AccountKind.fromClaim(token.getClaim(TokenIssuer.ACCOUNT_KIND_CLAIM));
        long version = number(token.getClaim(TokenIssuer.TOKEN_VERSION_CLAIM));
        String jti = token.getTokenID();
        if (kind == null || version < 0 || jti == null || revoked.isRevoked(jti)) {
            throw new AuthenticationFailedException("token withdrawn");
        }
        Optional<TokenStates.TokenState> state = states.get(kind, token.getSubject());
        if (state.isEmpty() || !state.get().active() || state.get().tokenVersion() != version) {
            throw new AuthenticationFailedException("token withdrawn");
        }
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(MUST_CHANGE_PASSWORD, state.get().mustChangePassword())
                .build();
    }

    private static long number(Object claim) {
        if (claim instanceof JsonNumber json) {
            return json.longValue();
        }
        if (claim instanceof Number plain) {
            return plain.longValue();
        }
        return -1;
    }
}
