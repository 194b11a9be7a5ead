package id.kalbar.monev.realization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VerifyPeriodRequest", description = "Verify every submitted value of a region for a period. "
        + "With `expected`, only if the submitted values are exactly those the verifier looked at, each at the "
        + "version seen; otherwise nothing is verified (412) and the verifier looks again.")
public record VerifyPeriodRequest(
        @Schema(required = true, examples = "61.01") @NotBlank String regionCode,
        @Schema(required = true, examples = "2025Q3") @NotBlank String period,
        @Schema(nullable = true, description = "The submitted values as the verifier saw them (indicator and version)")
        @Size(max = 5000) List<@NotNull @Valid Seen> expected) {

    @Schema(name = "SeenRealization", description = "A submitted value as the verifier saw it")
    public record Seen(
            @Schema(required = true, examples = "2.17.06.01") @NotBlank String indicatorCode,
            @Schema(required = true, description = "The value's version as read") @NotNull @PositiveOrZero Long version) {
    }
}
