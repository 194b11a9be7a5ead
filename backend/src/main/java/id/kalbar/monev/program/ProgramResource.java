package id.kalbar.monev.program;

import id.kalbar.monev.catalogue.CatalogueResource;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Strategic programs of the cooperatives and SME affairs")
public class ProgramResource extends CatalogueResource<ProgramInput, ProgramResponse, ProgramService> {

    public ProgramResource(ProgramService service) {
        super(service);
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listPrograms", summary = "List programs",
            description = "Every role. Sortable by code, name, field, authority, startYear, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of programs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramPage.class)))
    public PageResponse<ProgramResponse> listPrograms(
            @BeanParam ListParams params,
            @Parameter(schema = @Schema(implementation = ProgramField.class)) @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = ProgramAuthority.class)) @QueryParam("authority") String authority,
            @Parameter(description = "Free text found in the code or name") @QueryParam("q") String text,
            @Parameter(description = "true: active only; false: retired only", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active) {
        return service.list(params, field, authority, text, active);
    }
}
