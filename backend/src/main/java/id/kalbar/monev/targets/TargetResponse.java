package id.kalbar.monev.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "Target", description = "The target of an indicator for a region and year")
public record TargetResponse(
        @Schema(required = true, examples = "2.17.06.01") String indicatorCode,
        @Schema(required = true, examples = "61.71") String regionCode,
        @Schema(required = true, examples = "2025") int year,
        @Schema(required = true) BigDecimal value,
        @Schema(required = true) TargetStatus status,
        @Schema(required = true, description = "Per-period parts; empty when the target is annual only")
        List<TargetInput.PeriodValue> breakdown,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static TargetResponse from(Target t) {
        return new TargetResponse(t.indicatorCode, t.regionCode, t.year, t.value, t.status,
                t.breakdown.stream().map(p -> new TargetInput.PeriodValue(p.period, p.value)).toList(),
                t.createdAt, t.updatedAt, t.version);
    }
}
