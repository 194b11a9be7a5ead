package id.kalbar.monev.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "MeetingInput", description = "An evaluation meeting (rapat monev)")
public record MeetingInput(
        @Schema(required = true, examples = "Monitoring dan Evaluasi Program Strategis KUMKM") @NotBlank @Size(max = 300) String title,
        @Schema(required = true, examples = "2022-09-22") @NotNull LocalDate date,
        @Schema(required = true, examples = "Pontianak") @NotBlank @Size(max = 300) String place,
        @Schema(required = true, description = "The year evaluated", examples = "2022") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "The periods evaluated, e.g. 2022S1 or 2022Q2") @Size(max = 12) List<@NotBlank String> periods,
        @Schema(description = "Kemendagri codes of the regions invited") @Size(max = 600) List<@NotBlank String> invitedRegionCodes,
        @Schema(description = "Kemendagri codes of the regions that attended (each must also be invited)")
        @Size(max = 600) List<@NotBlank String> attendedRegionCodes,
        @Schema(description = "Minutes (notulen)", maxLength = 20000, nullable = true) @Size(max = 20000) String minutes) {
}
