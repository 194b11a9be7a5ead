package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Recommendation", description = "A solution for a finding and its follow-up status")
public record RecommendationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID findingId,
        @Schema(required = true) String text,
        @Schema(required = true) ResponsibleLevel responsibleLevel,
        @Schema(nullable = true) String responsibleRegionCode,
        @Schema(required = true) LocalDate dueDate,
        @Schema(required = true, description = "DONE (1), IN_PROGRESS (2), NOT_ACTED (3), CANNOT_ACT (4)")
        RecommendationStatus status,
        @Schema(nullable = true) String statusReason,
        @Schema(required = true, description = "Past its due date and not DONE or CANNOT_ACT (computed)") boolean overdue,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static RecommendationResponse from(Recommendation r, LocalDate today) {
        return new RecommendationResponse(r.id, r.findingId, r.text, r.responsibleLevel, r.responsibleRegionCode,
                r.dueDate, r.status, r.statusReason, r.overdue(today), r.createdAt, r.updatedAt, r.version);
    }
}
