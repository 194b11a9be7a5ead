package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FollowUp", description = "An action taken on a recommendation")
public record FollowUpResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID recommendationId,
        @Schema(required = true) LocalDate date,
        @Schema(required = true) String description,
        @Schema(nullable = true) String evidenceUrl,
        @Schema(description = "The status it moved the recommendation to", nullable = true) RecommendationStatus status,
        @Schema(nullable = true) String statusReason,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {

    static FollowUpResponse from(FollowUp f) {
        return new FollowUpResponse(f.id, f.recommendationId, f.date, f.description, f.evidenceUrl, f.newStatus,
                f.statusReason, f.createdBy, f.createdAt);
    }
}
