package id.kalbar.monev.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest", description = "Credentials of a user or integration client")
public record TokenRequest(
        @Schema(required = true, examples = "op-6171") @NotBlank @Size(max = 64) String username,
        @Schema(required = true, examples = "demo", format = "password") @NotBlank @Size(max = 200) String password) {
}
