package id.kalbar.monev.realization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonInput", description = "Why a value goes back to the reporting region")
public record ReasonInput(
        @Schema(required = true, maxLength = 2000, examples = "Angka tidak sesuai dengan laporan RAT; lampirkan bukti")
        @NotBlank @Size(max = 2000) String reason) {
}
