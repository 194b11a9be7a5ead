package id.kalbar.monev.targets;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the target list, as query parameters. */
public class TargetFilters {

    @QueryParam("indicator")
    @Parameter(description = "Indicator code")
    String indicator;

    @QueryParam("program")
    @Parameter(description = "Program code")
    String program;

    @QueryParam("region")
    @Parameter(description = "Kemendagri region code, within the caller's scope")
    String region;

    @QueryParam("year")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = TargetStatus.class))
    String status;
}
