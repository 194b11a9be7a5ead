package id.kalbar.monev.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CurrentUser", description = "The user the bearer token belongs to")
public record CurrentUserResponse(
        @Schema(required = true, examples = "op-6171") String username,
        @Schema(required = true, examples = "Operator Kota Pontianak") String displayName,
        @Schema(required = true) Role role,
        @Schema(description = "Kemendagri code of an operator's region; null for province and ministry users",
                nullable = true, examples = "61.71") String regionCode) {
}
