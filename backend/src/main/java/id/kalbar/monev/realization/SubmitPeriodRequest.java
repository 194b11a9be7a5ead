package id.kalbar.monev.realization;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitPeriodRequest", description = "Submit every draft or returned value of a region for a period")
public record SubmitPeriodRequest(
        @Schema(required = true, examples = "61.01") @NotBlank String regionCode,
        @Schema(required = true, examples = "2025Q3") @NotBlank String period) {
}
