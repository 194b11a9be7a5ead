package id.kalbar.monev.auth;

import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.MergePatch;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
@Tag(name = "Users", description = "People's accounts: operators, verifiers, administrators")
public class UserResource {

    private final UserService service;

    public UserResource(UserService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List user accounts",
            description = "ADMIN only; an administrator bound to a province lists the accounts of its province only. Sortable by username, displayName, role, regionCode, active, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserPage.class)))
    public PageResponse<UserResponse> listUsers(
            @BeanParam ListParams params,
            @Parameter(schema = @Schema(implementation = id.kalbar.monev.auth.Role.class)) @QueryParam("role") String role,
            @Parameter(description = "Kemendagri code of the region") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "true: active accounts only; false: deactivated only", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Free text found in the username or display name") @QueryParam("q") String text) {
        return service.list(params, role, regionCode, active, text);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user account with a temporary password",
            description = "ADMIN only. An OPERATOR needs the regency, city or province it reports for; an ADMIN or VERIFIER "
                    + "has no region (the whole deployment) or a province; the MINISTRY has none. An administrator bound "
                    + "to a province creates accounts within its province only (403 otherwise). The answer carries a temporary password, shown only this once, that the user must "
                    + "replace at first sign-in.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserCredentialsResponse.class)))
    @APIResponse(responseCode = "409", description = "The username is taken (compared regardless of case)")
    public Response createUser(@RequestBody(required = true) @NotNull UserInput body, @Context UriInfo uri) {
        UserCredentialsResponse created = service.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.user().username()).build(), created,
                tag(created.user()));
    }

    @GET
    @Path("/{username}")
    @Operation(operationId = "getUser", summary = "Read one user account", description = "ADMIN only, for an account within the administrator's scope; honours If-None-Match.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The user",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getUser(@PathParam("username") String username, @Context Request request) {
        UserResponse user = service.get(username);
        return EntityTags.conditionalGet(request, tag(user), user);
    }

    @PATCH
    @Path("/{username}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateUser", summary = "Change a user's name, role, region or active flag (JSON Merge Patch)",
            description = "ADMIN only, within the administrator's scope, which no change may leave. RFC 7396 over `displayName`, `role`, "
                    + "`regionCode` and `active`. Another role "
                    + "or region, or deactivation, withdraws the user's tokens at once. The last active administrator "
                    + "cannot be demoted or deactivated (409).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "200", description = "The user as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", description = "The last active administrator would be demoted or deactivated")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response updateUser(@PathParam("username") String username,
                               @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                               JsonNode patch) {
        UserResponse user = service.patch(username, patch, ifMatch);
        return EntityTags.ok(user, tag(user));
    }

    @POST
    @Path("/{username}/password-reset")
    @Operation(operationId = "resetUserPassword", summary = "Give a user a new temporary password",
            description = "ADMIN only. The old password and every token of the user stop working; the new temporary "
                    + "password is shown only in this answer and must be replaced at the next sign-in.")
    @APIResponse(responseCode = "200", description = "The user and the temporary password",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserCredentialsResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response resetUserPassword(@PathParam("username") String username,
                                      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        UserCredentialsResponse reset = service.resetPassword(username, ifMatch);
        return EntityTags.ok(reset, tag(reset.user()));
    }

    private static EntityTag tag(UserResponse user) {
        return EntityTags.of(user.version(), user.updatedAt());
    }
}
