package id.kalbar.monev.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenResponse", description = "A signed access token to send as `Authorization: Bearer <accessToken>`")
public record TokenResponse(
        @Schema(required = true, description = "Signed JWT (RS256)") String accessToken,
        @Schema(required = true, enumeration = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the token expires", examples = "28800") long expiresIn) {
}
