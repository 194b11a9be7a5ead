package id.kalbar.monev.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CurrentUser", description = "The user or integration client the bearer token belongs to")
public record CurrentUserResponse(
        @Schema(required = true, description = "Username, or the client id of an integration client", examples = "op-6171")
        String username,
        @Schema(required = true, examples = "Operator Kota Pontianak") String displayName,
        @Schema(required = true) Role role,
        @Schema(description = "The scope the account works in: a province or regency/city code, or null for the whole deployment",
                nullable = true, examples = "61.71") String regionCode,
        @Schema(description = "USER for a person, CLIENT for an integration client (always present)") AccountKind kind,
        @Schema(description = "True while the user still has a temporary password: every request but this one, "
                + "POST /auth/password and sign-out is refused until it is changed (always present)")
        boolean mustChangePassword) {
}
