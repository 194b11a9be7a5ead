package id.kalbar.monev.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Access tokens for the dashboard, scripts and integration clients")
public class AuthResource {

    static final String CLIENT_CREDENTIALS = "client_credentials";

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
    @Operation(operationId = "issueToken", summary = "Get an access token",
            description = "Open to anyone. A person sends `application/json` with username and password; wrong "
                    + "credentials get a 401 problem without saying which part was wrong. An integration client uses "
                    + "the OAuth 2.0 client-credentials grant: `application/x-www-form-urlencoded` with "
                    + "`grant_type=client_credentials` and its id and secret in the form or as HTTP Basic "
                    + "authentication; its errors are OAuth 2.0 errors (`invalid_client` 401, `invalid_request` and "
                    + "`unsupported_grant_type` 400). Repeated failures for one account or from one address are "
                    + "answered 429 with Retry-After for a short, growing pause.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = ClientCredentialsRequest.class))})
    @APIResponse(responseCode = "200", description = "The access token",
            headers = @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (a problem), or for the form an OAuth 2.0 error",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "401", description = "Credentials refused (a problem), or for the form `invalid_client`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this account or from this address",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Response issueToken(@NotNull @Valid TokenRequest body, @Context HttpServerRequest request) {
        return tokenResponse(service.issueToken(body, address(request)));
    }

    /** The client-credentials grant; documented together with {@link #issueToken}. */
    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response issueClientToken(@FormParam("grant_type") String grantType,
                                     @FormParam("client_id") String formClientId,
                                     @FormParam("client_secret") String formClientSecret,
                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     @Context HttpServerRequest request) {
        if (grantType == null || grantType.isBlank()) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            return oauthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported here");
        }
        String[] basic = basicCredentials(authorization);
        boolean inForm = formClientId != null || formClientSecret != null;
        if (basic != null && inForm) {
            return oauthError(400, "invalid_request", "Send the client credentials either as HTTP Basic or in the form, not both");
        }
        String clientId = basic != null ? basic[0] : formClientId;
        String secret = basic != null ? basic[1] : formClientSecret;
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        return service.issueClientToken(clientId.trim(), secret, address(request))
                .map(AuthResource::tokenResponse)
                .orElseGet(() -> oauthError(401, "invalid_client", "Client authentication failed"));
    }

    @GET
    @Path("/me")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getCurrentUser", summary = "Who the bearer token belongs to",
            description = "Any authenticated user or client, also before a temporary password is changed.")
    @APIResponse(responseCode = "200", description = "The current user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentUserResponse.class)))
    public CurrentUserResponse getCurrentUser() {
        return service.describe(caller);
    }

    @POST
    @Path("/password")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePassword", summary = "Change your own password",
            description = "Any signed-in user (not integration clients). The new password must have at least 12 "
                    + "characters and at most 72 bytes, must not contain the username, must not be a common password "
                    + "and must differ from the current one; each broken rule is one entry of `errors`. Every token "
                    + "issued so far stops working: the answer is a new token.")
    @APIResponse(responseCode = "200", description = "The password is changed; a new access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Response changePassword(@RequestBody(required = true) @NotNull @Valid PasswordChangeRequest body,
                                   @Context HttpServerRequest request) {
        return tokenResponse(service.changePassword(caller, body, address(request)));
    }

    @POST
    @Path("/sign-out")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "signOut", summary = "Withdraw the token in use",
            description = "Any authenticated user or client. The bearer token stops working at once; other tokens "
                    + "of the same account are untouched.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void signOut() {
        service.signOut(caller);
    }

    private static Response tokenResponse(TokenResponse token) {
        // RFC 6749 §5.1: token responses must not be cached.
        return Response.ok(token).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    private static Response oauthError(int status, String error, String description) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(new OAuthError(error, description));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"monev-kumkm\"");
        }
        return response.build();
    }

    /** RFC 6749 §2.3.1: id and secret form-urlencoded, then joined by ':' in HTTP Basic. Null when absent or malformed. */
    static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
