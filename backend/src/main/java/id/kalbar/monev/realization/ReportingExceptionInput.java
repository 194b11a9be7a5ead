package id.kalbar.monev.realization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ReportingExceptionInput", description = "Reopens a locked period for one region until a date")
public record ReportingExceptionInput(
        @Schema(required = true, description = "Last day the region may change the period", examples = "2026-12-15")
        @NotNull LocalDate openUntil,
        @Schema(required = true, maxLength = 2000, examples = "Data KUR dari bank penyalur terlambat diterima")
        @NotBlank @Size(max = 2000) String reason) {
}
