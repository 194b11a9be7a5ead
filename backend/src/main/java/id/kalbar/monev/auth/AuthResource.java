package id.kalbar.monev.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Access tokens for the dashboard and for scripts")
public class AuthResource {

    private final AuthService service;
    private final Caller caller;

    public AuthResource(AuthService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueToken", summary = "Exchange a username and password for an access token",
            description = "Open to anyone. Wrong credentials get 401 without saying which part was wrong.")
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    public TokenResponse issueToken(
            @RequestBody(required = true) @NotNull @Valid TokenRequest body) {
        return service.issueToken(body);
    }

    @GET
    @Path("/me")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getCurrentUser", summary = "Who the bearer token belongs to",
            description = "Any authenticated user.")
    @APIResponse(responseCode = "200", description = "The current user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentUserResponse.class)))
    public CurrentUserResponse getCurrentUser() {
        return service.describe(caller);
    }
}
