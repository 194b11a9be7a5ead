package id.kalbar.monev.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The authenticated user of the current request, as the token describes it. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

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
}
