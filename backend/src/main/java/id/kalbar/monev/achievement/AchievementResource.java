package id.kalbar.monev.achievement;

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

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements", description = "Achievement (capaian) computed from targets and realizations")
public class AchievementResource {

    private final AchievementService service;

    public AchievementResource(AchievementService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getAchievements", summary = "Achievement per indicator and region for a year",
            description = "Every role; an operator's rows are those of its own region (the province roll-up is shown to all). "
                    + "Higher is better: realization / target × 100; lower is better: (2 × target − realization) / target × 100, "
                    + "not below 0; range: 100 inside the band, else against the bound missed. Missing targets or realizations "
                    + "are reported as missing, never as zero.")
    @APIResponse(responseCode = "200", description = "The achievement report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AchievementResponses.Report.class)))
    public AchievementResponses.Report getAchievements(
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(description = "Count values up to the end of this period of the year (default: the whole year)")
            @QueryParam("period") String period,
            @Parameter(description = "Program code") @QueryParam("program") String program,
            @Parameter(description = "Indicator code") @QueryParam("indicator") String indicator,
            @Parameter(description = "Kemendagri region code") @QueryParam("region") String region,
            @Parameter(description = "REPORTED (submitted or verified, default) or VERIFIED only",
                    schema = @Schema(implementation = AchievementBasis.class)) @QueryParam("basis") String basis) {
        return service.compute(year, period, program, indicator, region, basis);
    }
}
