package id.kalbar.monev.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChangeRequest", description = "The current password and the new one")
public record PasswordChangeRequest(
        @Schema(required = true, format = "password", maxLength = 200) @NotBlank @Size(max = 200) String currentPassword,
        @Schema(required = true, format = "password", maxLength = 200,
                description = "At least 12 characters, at most 72 bytes; not containing the username, not a common "
                        + "password, not the current one")
        @NotBlank @Size(max = 200) String newPassword) {
}
