package id.kalbar.monev.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem responses. These take precedence over the problem extension's own security
 * mappers, which fail on this Quarkus version when they build the WWW-Authenticate challenge.
 */
public class SecurityProblems {

    private static final int BEFORE_EXTENSION = 4000;

    @ServerExceptionMapper(priority = BEFORE_EXTENSION)
    public Response unauthenticated(UnauthorizedException exception) {
        return Problems.unauthorized("token-required", "A valid bearer token is required").toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_EXTENSION)
    public Response authenticationFailed(AuthenticationFailedException exception) {
        return Problems.unauthorized("token-invalid", "The bearer token is invalid or has expired").toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_EXTENSION)
    public Response forbidden(ForbiddenException exception) {
        return Problems.forbidden("role", "Your role or region does not allow this").toResponse();
    }
}
