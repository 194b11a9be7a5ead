package id.kalbar.monev.targets;

import id.kalbar.monev.common.rules.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "TargetInput", description = "The annual target of an indicator for a region, optionally broken down by period")
public record TargetInput(
        @Schema(required = true, examples = "150") @NotNull @Digits(integer = Limits.INTEGER_DIGITS, fraction = Limits.FRACTION_DIGITS) BigDecimal value,
        @Schema(description = "Defaults to AGREED when the province sets the target directly") TargetStatus status,
        @Schema(description = "Per-period parts for semiannual, quarterly or monthly indicators", nullable = true)
        @Valid @Size(max = 12) List<PeriodValue> breakdown) {

    @Schema(name = "PeriodValue", description = "A value for one period")
    public record PeriodValue(
            @Schema(required = true, examples = "2025Q1") @NotBlank String period,
            @Schema(required = true, examples = "40") @NotNull @Digits(integer = 20, fraction = 4) BigDecimal value) {
    }
}
