package id.kalbar.monev.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "FollowUpInput", description = "An action taken on a recommendation (tindak lanjut)")
public record FollowUpInput(
        @Schema(required = true, description = "When the action was taken (not in the future)") @NotNull LocalDate date,
        @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String description,
        @Schema(maxLength = 1000, nullable = true) @Size(max = 1000)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https link") String evidenceUrl,
        @Schema(description = "The status the recommendation moves to, if it changes", nullable = true) RecommendationStatus status,
        @Schema(description = "Required when moving to CANNOT_ACT", maxLength = 2000, nullable = true)
        @Size(max = 2000) String statusReason) {
}
