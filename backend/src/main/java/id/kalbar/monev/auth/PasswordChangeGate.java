package id.kalbar.monev.auth;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Set;

/**
 * Someone signed in with a temporary password may only say who they are, choose their own password
 * or sign out: every other request gets a 403 problem of its own type, which the dashboard answers
 * with the change-password form.
 */
public class PasswordChangeGate {

    public static final URI PASSWORD_CHANGE_REQUIRED = URI.create("urn:monev:problem:password-change-required");
    static final Set<String> ALLOWED = Set.of("/api/v1/auth/me", "/api/v1/auth/password", "/api/v1/auth/sign-out",
            "/api/v1/auth/token");

    private final CurrentIdentityAssociation identities;

    public PasswordChangeGate(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> requireOwnPassword(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+", "").replaceAll("/+$", "");
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!path.startsWith("/api/") || ALLOWED.contains(path) || authorization == null) {
            return Uni.createFrom().nullItem();
        }
        // A token that fails authentication is answered 401 by the endpoint's own security check.
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) ->
                failure == null && identity != null
                        && Boolean.TRUE.equals(identity.getAttribute(TokenStateCheck.MUST_CHANGE_PASSWORD))
                        ? passwordChangeRequired()
                        : null);
    }

    static Response passwordChangeRequired() {
        return HttpProblem.builder()
                .withType(PASSWORD_CHANGE_REQUIRED)
                .withStatus(Response.Status.FORBIDDEN)
                .withTitle("Password change required")
                .withDetail("You signed in with a temporary password: choose your own with POST /api/v1/auth/password first")
                .build().toResponse();
    }
}
