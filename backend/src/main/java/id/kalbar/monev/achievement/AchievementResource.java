package id.kalbar.monev.achievement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements", description = "Achievement (capaian) computed from targets and realizations")
public class AchievementResource {

    /** The browser keeps the report and asks again with its ETag each time: a 304 costs little. */
    private static final String REVALIDATE = "private, no-cache";

    private final AchievementService service;

    public AchievementResource(AchievementService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getAchievements", summary = "Achievement per indicator and region for a year, at a level",
            description = "Rows for the regencies and cities of a province (level REGENCY, with the province itself for the "
                    + "indicators it reports), for the provinces (PROVINCE) or for the nation (NATION), each rolled up by the "
                    + "indicator's rules: over time, then from regency to province to nation by its region rule; beside them "
                    + "the parent's roll-up. Paged by indicator. Every role; an account bound to a region sees its province "
                    + "(an operator's rows are its own region's, with the province's roll-up) and not the nation. "
                    + "Higher is better: realization / target × 100; lower is better: (2 × target − realization) / target × 100, "
                    + "not below 0; range: 100 inside the band, else against the bound missed. Missing targets or realizations "
                    + "are reported as missing, never as zero. Each row tells how complete its data is: period values due, "
                    + "reported and verified. The answer carries an ETag that changes with any of the "
                    + "indicators, regions, targets or realizations of the year; with If-None-Match it is 304 while "
                    + "nothing changed, without the report being computed again.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier answer",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The achievement report",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "`private, no-cache`: kept by the browser, asked again with its ETag",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AchievementResponses.Report.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getAchievements(
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(description = "Count values up to the end of this period of the year (default: the whole year)")
            @QueryParam("period") String period,
            @Parameter(description = "Program code") @QueryParam("program") String program,
            @Parameter(description = "Indicator code") @QueryParam("indicator") String indicator,
            @Parameter(description = "Only this region's rows (Kemendagri code; level REGENCY)") @QueryParam("region") String region,
            @Parameter(description = "REPORTED (submitted or verified, default) or VERIFIED only",
                    schema = @Schema(implementation = AchievementBasis.class)) @QueryParam("basis") String basis,
            @Parameter(description = "Whose rows: REGENCY (default), PROVINCE or NATION",
                    schema = @Schema(implementation = AchievementLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "Level REGENCY: the province whose regencies and cities are shown (default: the "
                    + "caller's province, or the deployment's only one; with many and none given, every province's)")
            @QueryParam("parent") String parent,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Indicators per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "50")) @QueryParam("size") String size,
            @Context Request request) {
        AchievementService.Query query = service.query(year, period, program, indicator, region, basis, level, parent, page, size);
        EntityTag tag = service.tag(query);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(service.compute(query));
        return answer.tag(tag).header("Cache-Control", REVALIDATE).build();
    }
}
