package id.kalbar.monev.targets;

import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Annual targets per indicator and region")
public class TargetResource {

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listTargets", summary = "List targets",
            description = "Every role, within its scope: an account bound to a province sees that province and its regencies and cities, one bound to a regency or city that region only (asking for a region outside the scope is 403). "
                    + "Sortable by indicatorCode, regionCode, year, value, status, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetPage.class)))
    public PageResponse<TargetResponse> listTargets(@BeanParam ListParams params, @BeanParam TargetFilters filters) {
        return service.list(params, filters);
    }

    @GET
    @Path("/{indicatorCode}/{regionCode}/{year}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getTarget", summary = "Read one target",
            description = "Every role, for a region within its scope.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The target",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getTarget(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year,
                              @Context Request request) {
        TargetResponse target = service.get(indicatorCode, regionCode, year);
        return EntityTags.conditionalGet(request, tag(target), target);
    }

    @PUT
    @Path("/{indicatorCode}/{regionCode}/{year}")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTarget", summary = "Set the target of an indicator for a region and year",
            description = "ADMIN and VERIFIER. Creates or replaces the target and its breakdown. "
                    + "For a province-reported indicator only the province (61) has targets.")
    @APIResponse(responseCode = "200", description = "The target, replaced",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "201", description = "The target, created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response setTarget(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year,
                              @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                              @RequestBody(required = true) @NotNull @Valid TargetInput body,
                              @Context UriInfo uri) {
        TargetService.SetResult result = service.set(indicatorCode, regionCode, year, body, ifMatch);
        TargetResponse target = result.target();
        return result.created()
                ? EntityTags.created(uri.getAbsolutePath(), target, tag(target))
                : EntityTags.ok(target, tag(target));
    }

    private static EntityTag tag(TargetResponse target) {
        return EntityTags.of(target.version(), target.updatedAt());
    }
}
