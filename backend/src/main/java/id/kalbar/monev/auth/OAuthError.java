package id.kalbar.monev.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error of the client-credentials grant, in the form OAuth 2.0 clients expect (RFC 6749 §5.2). */
@Schema(name = "OAuthError", description = "OAuth 2.0 token error (RFC 6749 §5.2), for form-encoded token requests")
public record OAuthError(
        @Schema(required = true, enumeration = {"invalid_request", "invalid_client", "unsupported_grant_type"})
        @JsonProperty("error") String error,
        @Schema(description = "Human-readable explanation") @JsonProperty("error_description") String description) {
}
