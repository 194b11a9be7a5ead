package id.kalbar.monev.realization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VerifyPeriodResponse", description = "What was verified")
public record VerifyPeriodResponse(
        @Schema(required = true) String regionCode,
        @Schema(required = true) String period,
        @Schema(required = true, description = "Indicators whose value was verified") List<String> verified) {
}
