package id.kalbar.monev.indicator;

import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.catalogue.CatalogueRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "Indicator", description = "A performance indicator of a program")
public record IndicatorResponse(
        @Schema(required = true, examples = "2.17.06.I03") String code,
        @Schema(required = true, examples = "2.17.06") String programCode,
        @Schema(required = true) String name,
        @Schema(required = true) String unit,
        @Schema(required = true) Measure measure,
        @Schema(required = true) Polarity polarity,
        @Schema(required = true) PeriodType periodType,
        @Schema(required = true) TimeAggregation timeAggregation,
        @Schema(required = true) RegionAggregation regionAggregation,
        @Schema(nullable = true) Integer baselineYear,
        @Schema(nullable = true) BigDecimal baselineValue,
        @Schema(nullable = true) BigDecimal rangeLow,
        @Schema(nullable = true) BigDecimal rangeHigh,
        @Schema(nullable = true) String dataSource,
        @Schema(nullable = true) String ministryCode,
        @Schema(required = true, description = "False once retired") boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements CatalogueRecord<IndicatorInput> {

    static IndicatorResponse from(Indicator i) {
        return new IndicatorResponse(i.code, i.programCode, i.name, i.unit, i.measure, i.polarity, i.periodType,
                i.timeAggregation, i.regionAggregation, i.baselineYear, i.baselineValue, i.rangeLow, i.rangeHigh,
                i.dataSource, i.ministryCode, i.active, i.createdAt, i.updatedAt, i.version);
    }

    @Override
    public IndicatorInput toInput(boolean newActive) {
        return new IndicatorInput(code, programCode, name, unit, measure, polarity, periodType, timeAggregation,
                regionAggregation, baselineYear, baselineValue, rangeLow, rangeHigh, dataSource, ministryCode, newActive);
    }
}
