package id.kalbar.monev.region;

import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The province and its regencies and cities")
@RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
public class RegionResource {

    private final RegionService service;

    public RegionResource(RegionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Every role may read regions. Sortable by code, name, level, bpsCode, parentCode, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionPage.class)))
    public PageResponse<RegionResponse> listRegions(
            @BeanParam ListParams params,
            @Parameter(description = "Only regions of this level", schema = @Schema(implementation = RegionLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Only regions under this parent (Kemendagri code)", example = "61")
            @QueryParam("parent") String parent) {
        return service.list(params, level, parent);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Read one region by its Kemendagri code",
            description = "Carries an ETag; send it back in If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The region",
            headers = @Header(name = "ETag", description = "Version tag of the region", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    public Response getRegion(
            @Parameter(description = "Kemendagri code", example = "61.71") @PathParam("code") String code,
            @Context Request request) {
        RegionResponse region = service.get(code);
        return EntityTags.conditionalGet(request, EntityTags.of(region.version(), region.updatedAt()), region);
    }
}
