package id.kalbar.monev.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RecommendationInput", description = "A solution (rekomendasi) for a finding")
public record RecommendationInput(
        @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String text,
        @Schema(required = true) @NotNull ResponsibleLevel responsibleLevel,
        @Schema(description = "Required for REGENCY; defaults to the province for PROVINCE", nullable = true)
        String responsibleRegionCode,
        @Schema(description = "Defaults to 60 days after the finding", nullable = true) LocalDate dueDate,
        @Schema(description = "Defaults to NOT_ACTED") RecommendationStatus status,
        @Schema(description = "Required when the status is CANNOT_ACT", maxLength = 2000, nullable = true)
        @Size(max = 2000) String statusReason) {
}
