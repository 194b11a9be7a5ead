package id.kalbar.monev.indicator;

import id.kalbar.monev.common.period.PeriodType;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the indicator list, as query parameters. */
public class IndicatorFilters {

    @QueryParam("program")
    @Parameter(description = "Only indicators of this program (code)")
    String program;

    @QueryParam("field")
    @Parameter(description = "Only indicators of programs in this field",
            schema = @Schema(enumeration = {"COOPERATIVE", "SME"}, type = SchemaType.STRING))
    String field;

    @QueryParam("authority")
    @Parameter(description = "Only indicators of programs run at this level",
            schema = @Schema(enumeration = {"PROVINCE", "REGENCY", "SHARED"}, type = SchemaType.STRING))
    String authority;

    @QueryParam("polarity")
    @Parameter(schema = @Schema(implementation = Polarity.class))
    String polarity;

    @QueryParam("periodType")
    @Parameter(schema = @Schema(implementation = PeriodType.class))
    String periodType;

    @QueryParam("measure")
    @Parameter(schema = @Schema(implementation = Measure.class))
    String measure;

    @QueryParam("q")
    @Parameter(description = "Free text found in the code or name")
    String text;

    @QueryParam("active")
    @Parameter(description = "true: active only; false: retired only", schema = @Schema(type = SchemaType.BOOLEAN))
    String active;
}
