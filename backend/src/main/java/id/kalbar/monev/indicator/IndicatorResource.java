package id.kalbar.monev.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.MergePatch;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Performance indicators of the programs")
public class IndicatorResource {

    private final IndicatorService service;

    public IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "Every role. Sortable by code, name, programCode, polarity, periodType, measure, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)))
    public PageResponse<IndicatorResponse> listIndicators(@BeanParam ListParams params, @BeanParam IndicatorFilters filters) {
        return service.list(params, filters);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIndicator", summary = "Create an indicator", description = "ADMIN only.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "409", description = "An indicator with this code already exists")
    public Response createIndicator(@RequestBody(required = true) @NotNull IndicatorInput body, @Context UriInfo uri) {
        IndicatorResponse created = service.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created, created.entityTag());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getIndicator", summary = "Read one indicator", description = "Every role; honours If-None-Match.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The indicator",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getIndicator(@PathParam("code") String code, @Context Request request) {
        IndicatorResponse indicator = service.get(code);
        return EntityTags.conditionalGet(request, indicator.entityTag(), indicator);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceIndicator", summary = "Replace an indicator",
            description = "ADMIN only. Fields left out are cleared.")
    @APIResponse(responseCode = "200", description = "The indicator as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response replaceIndicator(@PathParam("code") String code,
                                     @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                     @RequestBody(required = true) @NotNull IndicatorInput body) {
        IndicatorResponse indicator = service.replace(code, body, ifMatch);
        return EntityTags.ok(indicator, indicator.entityTag());
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateIndicator", summary = "Change some fields of an indicator (JSON Merge Patch)",
            description = "ADMIN only. RFC 7396: fields present replace, `null` clears, fields left out stay.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "200", description = "The indicator as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response updateIndicator(@PathParam("code") String code,
                                    @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                    JsonNode patch) {
        IndicatorResponse indicator = service.patch(code, patch, ifMatch);
        return EntityTags.ok(indicator, indicator.entityTag());
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "retireIndicator", summary = "Retire an indicator",
            description = "ADMIN only. It stays readable with its history; PATCH `active: true` brings it back.")
    @APIResponse(responseCode = "200", description = "The retired indicator",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response retireIndicator(@PathParam("code") String code,
                                    @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        IndicatorResponse indicator = service.retire(code, ifMatch);
        return EntityTags.ok(indicator, indicator.entityTag());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator that nothing refers to",
            description = "ADMIN only. Refused with 409 once targets, realizations or findings refer to it: retire it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Other records refer to this indicator")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteIndicator(@PathParam("code") String code,
                                @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }
}
