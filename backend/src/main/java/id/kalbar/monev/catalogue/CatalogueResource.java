package id.kalbar.monev.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.MergePatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.catalogue.CatalogueOperationsFilter.A_KIND;
import static id.kalbar.monev.catalogue.CatalogueOperationsFilter.CAPITAL_A_KIND;
import static id.kalbar.monev.catalogue.CatalogueOperationsFilter.KIND;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

/**
 * The endpoints every catalogue kind serves below its own path: read one, create, replace, merge
 * patch, retire and delete. A kind's resource adds its path, its tag and its list. The operations are
 * documented once, here, in words for any kind ({@value CatalogueOperationsFilter#A_KIND}); {@link
 * CatalogueOperationsFilter} turns them into each kind's own.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CatalogueResource<I extends CatalogueInput, R extends CatalogueRecord<I>, S extends CatalogueService<?, I, R>> {

    /** The kind's service: its resource lists through it too. */
    protected final S service;

    protected CatalogueResource(S service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "create", summary = "Create " + A_KIND, description = "ADMIN of the whole deployment only: the catalogue is shared by every province (403 for an administrator bound to one).")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = CAPITAL_A_KIND + " with this code already exists")
    public Response create(@RequestBody(required = true) @NotNull I body, @Context UriInfo uri) {
        R created = service.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created, created.entityTag());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "get", summary = "Read one " + KIND, description = "Every role; honours If-None-Match.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The " + KIND, headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("code") String code, @Context Request request) {
        R record = service.get(code);
        return EntityTags.conditionalGet(request, record.entityTag(), record);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replace", summary = "Replace " + A_KIND, description = "ADMIN of the whole deployment only. Fields left out are cleared.")
    @APIResponse(responseCode = "200", description = "The " + KIND + " as stored", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response replace(@PathParam("code") String code,
                            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                            @RequestBody(required = true) @NotNull I body) {
        return stored(service.replace(code, body, ifMatch));
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "update", summary = "Change some fields of " + A_KIND + " (JSON Merge Patch)",
            description = "ADMIN of the whole deployment only. RFC 7396: fields present replace, `null` clears, fields left out stay.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "200", description = "The " + KIND + " as stored", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response update(@PathParam("code") String code,
                           @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           JsonNode patch) {
        return stored(service.patch(code, patch, ifMatch));
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "retire", summary = "Retire " + A_KIND,
            description = "ADMIN of the whole deployment only. The " + KIND + " stays readable with its history; PATCH `active: true` brings it back.")
    @APIResponse(responseCode = "200", description = "The retired " + KIND, headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response retire(@PathParam("code") String code,
                           @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return stored(service.retire(code, ifMatch));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "delete", summary = "Delete " + A_KIND + " that nothing refers to",
            description = "ADMIN of the whole deployment only. Refused with 409 once other records refer to it: retire it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Other records refer to this " + KIND)
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void delete(@PathParam("code") String code,
                       @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }

    private static Response stored(CatalogueRecord<?> record) {
        return EntityTags.ok(record, record.entityTag());
    }
}
