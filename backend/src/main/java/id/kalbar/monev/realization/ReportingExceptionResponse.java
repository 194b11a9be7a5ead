package id.kalbar.monev.realization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ReportingException", description = "A region allowed to change a locked period until a date")
public record ReportingExceptionResponse(
        @Schema(required = true, examples = "61.01") String regionCode,
        @Schema(required = true, examples = "2025Q3") String period,
        @Schema(required = true) LocalDate openUntil,
        @Schema(required = true) String reason,
        @Schema(required = true) String grantedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static ReportingExceptionResponse from(ReportingException e) {
        return new ReportingExceptionResponse(e.regionCode, e.period, e.openUntil, e.reason, e.grantedBy,
                e.createdAt, e.updatedAt, e.version);
    }
}
