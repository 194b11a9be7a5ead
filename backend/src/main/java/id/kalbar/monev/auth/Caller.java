package id.kalbar.monev.auth;

import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;

/** The authenticated user of the current request, as the token describes it. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public String username() {
        return token.getName();
    }

    /** Null outside an authenticated request (start-up tasks, anonymous calls). */
    public String usernameOrNull() {
        return token == null ? null : token.getName();
    }

    public String displayName() {
        String name = token.getClaim(TokenIssuer.NAME_CLAIM);
        return name == null ? username() : name;
    }

    public Role role() {
        return token.getGroups().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("token without a role"));
    }

    /** The region an operator is bound to; empty for province and ministry users. */
    public Optional<String> regionCode() {
        return Optional.ofNullable(token.<String>getClaim(TokenIssuer.REGION_CLAIM));
    }

    /** A person's account or an integration client. */
    public AccountKind kind() {
        AccountKind kind = AccountKind.fromClaim(token.getClaim(TokenIssuer.ACCOUNT_KIND_CLAIM));
        return kind == null ? AccountKind.USER : kind;
    }

    /** The id of the account (user or client) the token was issued to. */
    public String accountId() {
        return token.getSubject();
    }

    public String tokenId() {
        return token.getTokenID();
    }

    public Instant tokenExpiry() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(identity.getAttribute(TokenStateCheck.MUST_CHANGE_PASSWORD));
    }

    public boolean isOperator() {
        return role() == Role.OPERATOR;
    }

    /** An operator may only touch its own region; province and ministry users reach every region. */
    public void requireRegion(String regionCode) {
        if (isOperator() && !regionCode.equals(regionCode().orElse(null))) {
            throw Refusal.of(RuleCode.REGION_NOT_ALLOWED, "regionCode", "Operators work only with the data of their own "
                    + "region (" + regionCode().orElse("none") + ")", regionCode().orElse("none")).toProblem();
        }
    }

    /**
     * The region a list is restricted to: an operator's own region (asking for another is refused), or
     * for everyone else the region asked for, if any.
     */
    public String scopeRegionFilter(String requested) {
        String region = requested == null || requested.isBlank() ? null : requested.trim();
        if (!isOperator()) {
            return region;
        }
        if (region != null) {
            requireRegion(region);
        }
        return regionCode().orElseThrow();
    }
}
