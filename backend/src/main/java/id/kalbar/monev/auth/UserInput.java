package id.kalbar.monev.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserInput", description = "A new account, as an administrator creates it")
public record UserInput(
        @Schema(required = true, examples = "op-6171-budi", pattern = UserInput.USERNAME_PATTERN, maxLength = 64,
                description = "Letters, digits, '.', '_' and '-'; unique regardless of case")
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = USERNAME_PATTERN, message = USERNAME_MESSAGE) String username,
        @Schema(required = true, examples = "Budi Santoso", maxLength = 200) @NotBlank @Size(max = 200) String displayName,
        @Schema(required = true) @NotNull Role role,
        @Schema(description = "The account's scope, a Kemendagri code: required for an OPERATOR (a regency, city or province); empty (the "
                        + "whole deployment) or a province for an ADMIN or VERIFIER; empty for the MINISTRY",
                nullable = true, examples = "61.71") String regionCode) {

    static final String USERNAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    static final String USERNAME_MESSAGE = "may hold letters, digits, '.', '_' and '-', starting with a letter or digit";
}
