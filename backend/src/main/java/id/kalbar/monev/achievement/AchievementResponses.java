package id.kalbar.monev.achievement;

import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.indicator.Polarity;
import id.kalbar.monev.indicator.RegionAggregation;
import id.kalbar.monev.indicator.TimeAggregation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The records of the achievement report. */
public final class AchievementResponses {

    private AchievementResponses() {
    }

    @Schema(name = "AchievementReport", description = "Achievement per indicator and region for a year, up to a period")
    public record Report(
            @Schema(required = true) int year,
            @Schema(required = true, description = "Values are counted up to the end of this period (the year when not given)",
                    examples = "2025Q2") String throughPeriod,
            @Schema(required = true) AchievementBasis basis,
            @Schema(required = true) List<RatingBand> bands,
            @Schema(required = true) List<IndicatorInfo> indicators,
            @Schema(required = true, description = "One row per indicator and reporting region, missing values included")
            List<Row> items,
            @Schema(required = true, description = "One row per indicator: the province, rolled up by its region rule")
            List<ProvinceRow> provinceRollup) {
    }

    @Schema(name = "AchievementIndicator", description = "What the matrix needs to know of an indicator")
    public record IndicatorInfo(
            @Schema(required = true) String code,
            @Schema(required = true) String programCode,
            @Schema(required = true) String name,
            @Schema(required = true) String unit,
            @Schema(required = true) Polarity polarity,
            @Schema(required = true) PeriodType periodType,
            @Schema(required = true) TimeAggregation timeAggregation,
            @Schema(required = true) RegionAggregation regionAggregation,
            @Schema(nullable = true) BigDecimal rangeLow,
            @Schema(nullable = true) BigDecimal rangeHigh) {
    }

    @Schema(name = "AchievementRow", description = "Achievement of one indicator in one region")
    public record Row(
            @Schema(required = true) String indicatorCode,
            @Schema(required = true) String regionCode,
            @Schema(description = "Target up to the period (its breakdown when there is one, else the annual target)",
                    nullable = true) BigDecimal target,
            @Schema(description = "Realization up to the period, rolled up over time by the indicator's rule", nullable = true)
            BigDecimal realization,
            @Schema(description = "Achievement in %", nullable = true) BigDecimal achievement,
            @Schema(nullable = true) Rating rating,
            @Schema(required = true) AchievementStatus status,
            @Schema(required = true, description = "Periods with a counted value") int periodsReported,
            @Schema(required = true, description = "Periods due up to the period") int periodsExpected,
            @Schema(required = true, description = "Whether every counted value is verified") boolean verified) {
    }

    @Schema(name = "AchievementProvinceRow", description = "The province's achievement for one indicator")
    public record ProvinceRow(
            @Schema(required = true) String indicatorCode,
            @Schema(required = true) RegionAggregation rule,
            @Schema(nullable = true) BigDecimal target,
            @Schema(required = true, description = "PROVINCE: the province's own target; REGIONS: rolled up from the regions'",
                    enumeration = {"PROVINCE", "REGIONS", "NONE"}) String targetSource,
            @Schema(nullable = true) BigDecimal realization,
            @Schema(nullable = true) BigDecimal achievement,
            @Schema(nullable = true) Rating rating,
            @Schema(required = true) AchievementStatus status,
            @Schema(required = true, description = "Regions with a realization counted") int regionsReporting,
            @Schema(required = true, description = "Regions that report the indicator") int regionsExpected) {
    }
}
