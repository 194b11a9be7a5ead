package id.kalbar.monev.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields a merge patch may change; the username and password are not among them. */
public record UserUpdate(
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        String regionCode,
        @NotNull Boolean active) {
}
