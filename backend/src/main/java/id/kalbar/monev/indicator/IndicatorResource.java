package id.kalbar.monev.indicator;

import id.kalbar.monev.catalogue.CatalogueResource;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Performance indicators of the programs")
public class IndicatorResource extends CatalogueResource<IndicatorInput, IndicatorResponse, IndicatorService> {

    public IndicatorResource(IndicatorService service) {
        super(service);
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
}
