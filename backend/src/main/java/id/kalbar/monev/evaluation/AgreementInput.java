package id.kalbar.monev.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AgreementInput", description = "An agreement (kesepakatan) of a meeting")
public record AgreementInput(
        @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String text,
        @Schema(required = true) @NotNull ResponsibleLevel ownerLevel,
        @Schema(description = "Region of the owner; required for REGENCY", nullable = true) String ownerRegionCode,
        @Schema(nullable = true) LocalDate dueDate,
        @Schema(description = "Defaults to OPEN") AgreementStatus status) {
}
