package id.kalbar.monev.evaluation;

import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/evaluation-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class EvaluationSummaryResource {

    private final EvaluationSummaryService service;

    public EvaluationSummaryResource(EvaluationSummaryService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getEvaluationSummary", summary = "Counts of findings and recommendations",
            description = "By region, category, follow-up status and overdue, for a year (of the findings) or a meeting. "
                    + "Operators count what they can see.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationSummary.class)))
    public EvaluationSummary getEvaluationSummary(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Meeting id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("meeting") String meeting) {
        return service.summarize(year, meeting);
    }
}
