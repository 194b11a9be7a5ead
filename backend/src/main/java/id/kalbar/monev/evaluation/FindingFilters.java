package id.kalbar.monev.evaluation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the finding list, as query parameters. */
public class FindingFilters {

    @QueryParam("region")
    @Parameter(description = "Kemendagri region code")
    String region;

    @QueryParam("program")
    @Parameter(description = "Program code")
    String program;

    @QueryParam("indicator")
    @Parameter(description = "Indicator code")
    String indicator;

    @QueryParam("category")
    @Parameter(schema = @Schema(implementation = FindingCategory.class))
    String category;

    @QueryParam("severity")
    @Parameter(schema = @Schema(implementation = Severity.class))
    String severity;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = FindingStatus.class))
    String status;

    @QueryParam("meeting")
    @Parameter(description = "Meeting id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    String meeting;

    @QueryParam("year")
    @Parameter(description = "Year the finding was made", schema = @Schema(type = SchemaType.INTEGER))
    String year;

    @QueryParam("overdue")
    @Parameter(description = "true: only findings with an overdue recommendation", schema = @Schema(type = SchemaType.BOOLEAN))
    String overdue;

    @QueryParam("q")
    @Parameter(description = "Free text found in the title or description")
    String text;
}
