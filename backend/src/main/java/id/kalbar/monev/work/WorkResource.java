package id.kalbar.monev.work;

import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/me/work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work", description = "Each role's work for its home page")
public class WorkResource {

    private final WorkService service;

    public WorkResource(WorkService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getMyWork", summary = "The caller's work, most urgent first",
            description = "An operator: its region's open periods with values filled, returned values, recommendations due "
                    + "within 7 days or overdue, proposals still to make. A verifier: values waiting per region, overdue "
                    + "recommendations, proposals to review. An administrator: every region's completeness of the running "
                    + "periods, overdue recommendations, failed imports, target rounds. Verifiers and administrators see "
                    + "the regions of their scope only (a province bound to one, its own loads only). The ministry: the province's "
                    + "completeness and key figures. Each item links to the dashboard page where it is done.")
    @APIResponse(responseCode = "200", description = "The work list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkList.class)))
    public WorkList getMyWork() {
        return service.mine();
    }
}
