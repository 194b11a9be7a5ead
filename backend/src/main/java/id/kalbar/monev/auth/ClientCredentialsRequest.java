package id.kalbar.monev.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract only: the OAuth 2.0 client-credentials form (RFC 6749 §4.4), read as form fields. */
@Schema(name = "ClientCredentialsRequest",
        description = "OAuth 2.0 client-credentials grant. The client may send its id and secret in the form, or "
                + "instead as HTTP Basic authentication (RFC 6749 §2.3.1), but not both.")
public record ClientCredentialsRequest(
        @Schema(required = true, enumeration = "client_credentials") @JsonProperty("grant_type") String grantType,
        @Schema(examples = "cl-4f2a9c1e7b3d8a60") @JsonProperty("client_id") String clientId,
        @Schema(format = "password") @JsonProperty("client_secret") String clientSecret,
        @Schema(description = "Ignored: a client always gets the scope of its role") String scope) {
}
