package id.kalbar.monev.client;

import id.kalbar.monev.auth.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientInput", description = "A new integration client")
public record ClientInput(
        @Schema(required = true, examples = "Kementerian Koperasi dan UKM — sinkronisasi", maxLength = 200)
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true, enumeration = {"MINISTRY", "OPERATOR"},
                description = "MINISTRY reads everything and writes nothing; OPERATOR reads its scope and writes its region only")
        @NotNull Role role,
        @Schema(description = "Kemendagri code of the regency, city or province: required for an OPERATOR client, empty for MINISTRY",
                nullable = true, examples = "61.71") String regionCode) {
}
