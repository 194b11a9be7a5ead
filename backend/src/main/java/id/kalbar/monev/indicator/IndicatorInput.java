package id.kalbar.monev.indicator;

import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.catalogue.CatalogueInput;
import id.kalbar.monev.common.CatalogueCodes;
import id.kalbar.monev.common.rules.Limits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An indicator as clients send it: to create (POST), replace (PUT) or, merged with a patch, update it. */
@Schema(name = "IndicatorInput", description = "A program indicator as written by an administrator")
public record IndicatorInput(
        @Schema(description = "Stable code: required to create; on PUT it may be left out but cannot change",
                examples = "2.17.06.I03", maxLength = 32, pattern = CatalogueCodes.PATTERN)
        @Size(max = CatalogueCodes.MAX_LENGTH) @Pattern(regexp = CatalogueCodes.PATTERN, message = CatalogueCodes.MESSAGE)
        String code,
        @Schema(required = true, description = "Code of the program it measures", examples = "2.17.06")
        @NotBlank @Size(max = CatalogueCodes.MAX_LENGTH) String programCode,
        @Schema(required = true, examples = "Koperasi yang memperoleh akses permodalan", maxLength = 300)
        @NotBlank @Size(max = IndicatorRules.NAME_MAX) String name,
        @Schema(required = true, examples = "koperasi", maxLength = 50) @NotBlank @Size(max = IndicatorRules.UNIT_MAX) String unit,
        @Schema(required = true) @NotNull Measure measure,
        @Schema(required = true) @NotNull Polarity polarity,
        @Schema(required = true) @NotNull PeriodType periodType,
        @Schema(required = true, description = "How periods roll up to the year") @NotNull TimeAggregation timeAggregation,
        @Schema(required = true, description = "How regencies roll up to the province") @NotNull RegionAggregation regionAggregation,
        @Schema(minimum = "2000", maximum = "2100", nullable = true)
        @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer baselineYear,
        @Schema(nullable = true) @Digits(integer = Limits.INTEGER_DIGITS, fraction = Limits.FRACTION_DIGITS) BigDecimal baselineValue,
        @Schema(description = "Lower bound of the good band; required for RANGE indicators", nullable = true)
        @Digits(integer = Limits.INTEGER_DIGITS, fraction = Limits.FRACTION_DIGITS) BigDecimal rangeLow,
        @Schema(description = "Upper bound of the good band; required for RANGE indicators", nullable = true)
        @Digits(integer = Limits.INTEGER_DIGITS, fraction = Limits.FRACTION_DIGITS) BigDecimal rangeHigh,
        @Schema(maxLength = 1000, nullable = true) @Size(max = IndicatorRules.DATA_SOURCE_MAX) String dataSource,
        @Schema(description = "Code of the matching national indicator of the ministry", maxLength = 50, nullable = true)
        @Size(max = IndicatorRules.MINISTRY_CODE_MAX) String ministryCode,
        @Schema(description = "False once retired; defaults to true", defaultValue = "true") Boolean active) implements CatalogueInput {

    /** The name and the unit are stored without blanks around them. */
    public IndicatorInput {
        name = name == null ? null : name.trim();
        unit = unit == null ? null : unit.trim();
    }
}
