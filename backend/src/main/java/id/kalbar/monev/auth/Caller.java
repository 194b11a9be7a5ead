package id.kalbar.monev.auth;

import id.kalbar.monev.common.problem.CodedProblem;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
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

    /** The region the account is bound to: a regency or city, a province, or empty for the nation. */
    public Optional<String> regionCode() {
        return Optional.ofNullable(token.<String>getClaim(TokenIssuer.REGION_CLAIM));
    }

    /** The regions the caller reads and manages: its region with everything below it, or the nation. */
    public RegionScope scope() {
        return RegionScope.of(regionCode().orElse(null));
    }

    /** The regions the caller writes region-bound values for (an operator: its own region alone). */
    public RegionScope writeScope() {
        return RegionScope.forWriting(role(), regionCode().orElse(null));
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

    /** The role's behaviour (deadlines, what it reports); which regions it reaches is {@link #scope()}. */
    public boolean isOperator() {
        return role() == Role.OPERATOR;
    }

    /** Refuses a region outside the caller's scope: a read, or a write by a province or national officer. */
    public void requireRegion(String regionCode) {
        if (!scope().contains(regionCode)) {
            throw regionNotAllowed();
        }
    }

    /** Refuses a region-bound value the caller may not write (an operator reports for its own region only). */
    public void requireWritable(String regionCode) {
        if (!writeScope().contains(regionCode)) {
            throw regionNotAllowed();
        }
    }

    /**
     * Refuses to manage an account (a user or a client) bound to a region outside the caller's scope, or
     * to bind one there: a province administrator manages its province's accounts and hands out no scope
     * wider than its own (no unscoped account, none of another province).
     */
    public void requireAccountWithin(String accountRegionCode) {
        if (!scope().covers(RegionScope.of(accountRegionCode))) {
            throw Refusal.of(RuleCode.REGION_NOT_ALLOWED, "regionCode", "This account manages only accounts within "
                    + "its region (" + scope().describe() + ")", scope().describe()).toProblem();
        }
    }

    /**
     * Catalogue records (programs, indicators, regions and the other kinds) are shared by every province
     * of the deployment: only an administrator of the whole deployment changes them.
     */
    public void requireNationalScope() {
        requireNationalScope("catalogue-scope", "changes the shared catalogue");
    }

    /** Refuses an account bound to a region: "Only an administrator of the whole deployment {@code does}; …". */
    public void requireNationalScope(String problemCode, String does) {
        if (!scope().isNation()) {
            throw CodedProblem.of(Response.Status.FORBIDDEN, problemCode).title("Forbidden")
                    .detail("Only an administrator of the whole deployment " + does + "; this account is bound to "
                            + scope().describe())
                    .arg("region", scope().describe())
                    .build();
        }
    }

    /**
     * The regions a list shows: the one region asked for (refused outside the caller's scope), or without
     * one the caller's whole scope. Apply it with {@link RegionScope#restrict} or {@link RegionScope#sql}.
     */
    public RegionScope listScope(String requested) {
        String region = requested == null || requested.isBlank() ? null : requested.trim();
        if (region == null) {
            return scope();
        }
        requireRegion(region);
        return RegionScope.only(region);
    }

    /** The refusal of a region outside the caller's scope, for rules that decide themselves. */
    public RuntimeException regionRefusal() {
        return regionNotAllowed();
    }

    private RuntimeException regionNotAllowed() {
        String own = scope().describe();
        return Refusal.of(RuleCode.REGION_NOT_ALLOWED, "regionCode", "This account works only with the data within "
                + "its region (" + own + ")", own).toProblem();
    }
}
