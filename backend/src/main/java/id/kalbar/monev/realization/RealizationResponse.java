package id.kalbar.monev.realization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Realization", description = "What a region achieved for an indicator in a period, and its verification")
public record RealizationResponse(
        @Schema(required = true, examples = "2.17.06.01") String indicatorCode,
        @Schema(required = true, examples = "61.71") String regionCode,
        @Schema(required = true, examples = "2025Q3") String period,
        @Schema(required = true) int year,
        @Schema(required = true) BigDecimal value,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String evidenceUrl,
        @Schema(required = true) RealizationStatus status,
        @Schema(description = "Why the verifier returned it; kept until the value is submitted again", nullable = true)
        String returnReason,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) String verifiedBy,
        @Schema(nullable = true) Instant verifiedAt,
        @Schema(required = true, description = "Last day operators may change the period without an exception")
        LocalDate deadline,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static RealizationResponse from(Realization r, LocalDate deadline) {
        return new RealizationResponse(r.indicatorCode, r.regionCode, r.period, r.year, r.value, r.note, r.evidenceUrl,
                r.status, r.returnReason, r.submittedBy, r.submittedAt, r.verifiedBy, r.verifiedAt, deadline,
                r.createdAt, r.updatedAt, r.version);
    }
}
