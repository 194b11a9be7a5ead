package id.kalbar.monev.client;

import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
@Tag(name = "Integration clients", description = "Programs that use the OAuth 2.0 client-credentials grant")
public class ClientResource {

    private final ClientService service;

    public ClientResource(ClientService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listClients", summary = "List integration clients",
            description = "ADMIN only; an administrator bound to a province sees the clients of its province only. Sortable by clientId, name, role, regionCode, active, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of clients",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientPage.class)))
    public PageResponse<ClientResponse> listClients(
            @BeanParam ListParams params,
            @Parameter(schema = @Schema(enumeration = {"MINISTRY", "OPERATOR"})) @QueryParam("role") String role,
            @Parameter(description = "Kemendagri code of the region") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "true: usable clients only; false: revoked only", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Free text found in the client id or name") @QueryParam("q") String text) {
        return service.list(params, role, regionCode, active, text);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Create an integration client",
            description = "ADMIN only. The answer carries the client id and its secret; the secret is shown only "
                    + "this once. The client gets tokens from POST /api/v1/auth/token with grant_type=client_credentials.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientCredentialsResponse.class)))
    public Response createClient(@RequestBody(required = true) @NotNull ClientInput body, @Context UriInfo uri) {
        ClientCredentialsResponse created = service.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.client().clientId()).build(), created,
                tag(created.client()));
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getClient", summary = "Read one integration client", description = "ADMIN only; honours If-None-Match.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The client",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getClient(@PathParam("clientId") String clientId, @Context Request request) {
        ClientResponse client = service.get(clientId);
        return EntityTags.conditionalGet(request, tag(client), client);
    }

    @POST
    @Path("/{clientId}/secret-rotation")
    @Operation(operationId = "rotateClientSecret", summary = "Issue a new secret for a client",
            description = "ADMIN only. The new secret is shown only in this answer. The previous secret keeps "
                    + "working until `client.previousSecretExpiresAt` (24 hours by default), so the client can switch "
                    + "without a gap.")
    @APIResponse(responseCode = "200", description = "The client and its new secret",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientCredentialsResponse.class)))
    @APIResponse(responseCode = "409", description = "The client is revoked")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response rotateClientSecret(@PathParam("clientId") String clientId,
                                       @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        ClientCredentialsResponse rotated = service.rotateSecret(clientId, ifMatch);
        return EntityTags.ok(rotated, tag(rotated.client()));
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(operationId = "revokeClient", summary = "Revoke an integration client",
            description = "ADMIN only. Its secrets and every token it holds stop working at once. The record stays "
                    + "(inactive) for the audit trail.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void revokeClient(@PathParam("clientId") String clientId,
                             @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.revoke(clientId, ifMatch);
    }

    private static EntityTag tag(ClientResponse client) {
        return EntityTags.of(client.version(), client.updatedAt());
    }
}
