package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Agreement", description = "An agreement (kesepakatan) of a meeting")
public record AgreementResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID meetingId,
        @Schema(required = true) String text,
        @Schema(required = true) ResponsibleLevel ownerLevel,
        @Schema(nullable = true) String ownerRegionCode,
        @Schema(nullable = true) LocalDate dueDate,
        @Schema(required = true) AgreementStatus status,
        @Schema(required = true, description = "Past its date and not done (computed)") boolean overdue,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static AgreementResponse from(Agreement a, LocalDate today) {
        boolean overdue = a.status != AgreementStatus.DONE && a.dueDate != null && a.dueDate.isBefore(today);
        return new AgreementResponse(a.id, a.meetingId, a.text, a.ownerLevel, a.ownerRegionCode, a.dueDate, a.status,
                overdue, a.createdAt, a.updatedAt, a.version);
    }
}
