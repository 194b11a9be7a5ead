package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "EvaluationSummary", description = "Counts of findings and recommendations for a year or a meeting")
public record EvaluationSummary(
        @Schema(nullable = true) Integer year,
        @Schema(nullable = true) UUID meetingId,
        @Schema(required = true) Counts totals,
        @Schema(required = true, description = "Recommendations per follow-up status")
        List<StatusCount> recommendationsByStatus,
        @Schema(required = true) List<RegionCounts> byRegion,
        @Schema(required = true) List<CategoryCounts> byCategory) {

    @Schema(name = "EvaluationCounts")
    public record Counts(
            @Schema(required = true) long findings,
            @Schema(required = true) long openFindings,
            @Schema(required = true) long closedFindings,
            @Schema(required = true, description = "Findings with an overdue recommendation") long overdueFindings,
            @Schema(required = true) long recommendations,
            @Schema(required = true) long overdueRecommendations) {
    }

    @Schema(name = "RecommendationStatusCount")
    public record StatusCount(@Schema(required = true) RecommendationStatus status, @Schema(required = true) long count) {
    }

    @Schema(name = "EvaluationRegionCounts")
    public record RegionCounts(@Schema(required = true) String regionCode, @Schema(required = true) Counts counts) {
    }

    @Schema(name = "EvaluationCategoryCounts")
    public record CategoryCounts(@Schema(required = true) FindingCategory category, @Schema(required = true) Counts counts) {
    }
}
