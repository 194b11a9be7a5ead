package id.kalbar.monev.realization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SubmitPeriodResponse", description = "What was submitted")
public record SubmitPeriodResponse(
        @Schema(required = true) String regionCode,
        @Schema(required = true) String period,
        @Schema(required = true, description = "Indicators whose value was submitted") List<String> submitted) {
}
