package id.kalbar.monev.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FindingInput", description = "A problem found (temuan)")
public record FindingInput(
        @Schema(description = "The meeting it came from; findings also arise between meetings", nullable = true) UUID meetingId,
        @Schema(required = true, description = "Kemendagri code; 61 for a province-wide finding", examples = "61.06")
        @NotBlank String regionCode,
        @Schema(nullable = true, examples = "2.17.06") String programCode,
        @Schema(nullable = true, examples = "2.17.06.01") String indicatorCode,
        @Schema(required = true) @NotNull FindingCategory category,
        @Schema(required = true) @NotNull Severity severity,
        @Schema(required = true, maxLength = 300, examples = "Koperasi sulit mengakses pembiayaan LPDB")
        @NotBlank @Size(max = 300) String title,
        @Schema(required = true, maxLength = 10000) @NotBlank @Size(max = 10000) String description,
        @Schema(description = "When it was found; defaults to the meeting's date, or today", nullable = true) LocalDate foundOn) {
}
