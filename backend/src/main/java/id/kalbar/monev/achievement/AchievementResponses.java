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

    @Schema(name = "AchievementReport", description = "Achievement per indicator and region for a year, up to a period; "
            + "paged by indicator")
    public record Report(
            @Schema(required = true) int year,
            @Schema(required = true, description = "Values are counted up to the end of this period (the year when not given)",
                    examples = "2025Q2") String throughPeriod,
            @Schema(required = true) AchievementBasis basis,
            @Schema(required = true) AchievementLevel level,
            @Schema(description = "The region whose children the rows are (a province at level REGENCY); null: the nation",
                    nullable = true) String parent,
            @Schema(required = true) List<RatingBand> bands,
            @Schema(required = true, description = "The indicators of this page") List<IndicatorInfo> indicators,
            @Schema(required = true, description = "One row per indicator of the page and region of the level, missing values "
                    + "included") List<Row> items,
            @Schema(required = true, description = "One row per indicator of the page for the parent, rolled up by its region "
                    + "rule: the province at level REGENCY, the nation at level PROVINCE; empty at level NATION")
            List<Row> rollup,
            @Schema(required = true, description = "Page number, from 0") int page,
            @Schema(required = true, description = "Indicators per page") int size,
            @Schema(required = true, description = "Indicators in the report") long total) {
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

    @Schema(name = "AchievementRow", description = "Achievement of one indicator in one region (or the nation), with how "
            + "complete its data is")
    public record Row(
            @Schema(required = true) String indicatorCode,
            @Schema(required = true, description = "Kemendagri code; null for the nation", nullable = true) String regionCode,
            @Schema(description = "Target up to the period (its breakdown when there is one, else the annual target)",
                    nullable = true) BigDecimal target,
            @Schema(required = true, description = "OWN: the region's own target; REGIONS: rolled up from its children's; "
                    + "NONE: no target", enumeration = {"OWN", "REGIONS", "NONE"}) String targetSource,
            @Schema(description = "Realization up to the period, rolled up over time by the indicator's time rule and, for a "
                    + "province or the nation, over its children by the region rule", nullable = true)
            BigDecimal realization,
            @Schema(description = "Achievement in %", nullable = true) BigDecimal achievement,
            @Schema(nullable = true) Rating rating,
            @Schema(required = true) AchievementStatus status,
            @Schema(required = true, description = "Period values counted (over every reporting region below, for a roll-up)")
            int periodsReported,
            @Schema(required = true, description = "Of those, verified") int periodsVerified,
            @Schema(required = true, description = "Period values due up to the period (over every reporting region below, "
                    + "for a roll-up)") int periodsExpected,
            @Schema(required = true, description = "Whether there are counted values and every one is verified") boolean verified,
            @Schema(description = "For a roll-up: children with a realization counted", nullable = true)
            Integer regionsReporting,
            @Schema(description = "For a roll-up: children that report the indicator", nullable = true)
            Integer regionsExpected) {
    }
}
