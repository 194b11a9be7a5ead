package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Finding", description = "A problem found (temuan) and where its follow-up stands")
public record FindingResponse(
        @Schema(required = true) UUID id,
        @Schema(nullable = true) UUID meetingId,
        @Schema(required = true) String regionCode,
        @Schema(nullable = true) String programCode,
        @Schema(nullable = true) String indicatorCode,
        @Schema(required = true) FindingCategory category,
        @Schema(required = true) Severity severity,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) LocalDate foundOn,
        @Schema(required = true, description = "CLOSED once every recommendation is DONE or CANNOT_ACT") FindingStatus status,
        @Schema(required = true, description = "Some recommendation is past due (computed)") boolean overdue,
        @Schema(required = true) long recommendationCount,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static FindingResponse from(Finding f, boolean overdue, long recommendationCount) {
        return new FindingResponse(f.id, f.meetingId, f.regionCode, f.programCode, f.indicatorCode, f.category, f.severity,
                f.title, f.description, f.foundOn, f.status, overdue, recommendationCount, f.createdBy, f.createdAt,
                f.updatedAt, f.version);
    }
}
