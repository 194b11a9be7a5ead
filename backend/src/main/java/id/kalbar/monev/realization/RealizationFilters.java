package id.kalbar.monev.realization;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the realization list, as query parameters. */
public class RealizationFilters {

    @QueryParam("indicator")
    @Parameter(description = "Indicator code")
    String indicator;

    @QueryParam("program")
    @Parameter(description = "Program code")
    String program;

    @QueryParam("region")
    @Parameter(description = "Kemendagri region code, within the caller's scope")
    String region;

    @QueryParam("period")
    @Parameter(description = "Exactly this period (2025, 2025S1, 2025Q3, 2025-07)")
    String period;

    @QueryParam("periodFrom")
    @Parameter(description = "Periods starting on or after the start of this period")
    String periodFrom;

    @QueryParam("periodTo")
    @Parameter(description = "Periods starting on or before the end of this period")
    String periodTo;

    @QueryParam("year")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = RealizationStatus.class))
    String status;
}
