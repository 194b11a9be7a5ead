package id.kalbar.monev.realization;

import id.kalbar.monev.common.rules.Limits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "RealizationInput", description = "What a region achieved in a period")
public record RealizationInput(
        @Schema(required = true, examples = "37") @NotNull @Digits(integer = Limits.INTEGER_DIGITS, fraction = Limits.FRACTION_DIGITS) BigDecimal value,
        @Schema(maxLength = RealizationRules.NOTE_MAX, nullable = true) @Size(max = RealizationRules.NOTE_MAX) String note,
        @Schema(description = "Link to the supporting document (http or https)", maxLength = 1000, nullable = true,
                examples = "https://drive.example.org/laporan-q3.pdf")
        @Size(max = RealizationRules.EVIDENCE_URL_MAX) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https link") String evidenceUrl) {
}
