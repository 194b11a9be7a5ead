package id.kalbar.monev.client;

import id.kalbar.monev.auth.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Client", description = "An integration client (its secrets are never shown again after they are issued)")
public record ClientResponse(
        @Schema(required = true, examples = "cl-4f2a9c1e7b3d8a60") String clientId,
        @Schema(required = true) String name,
        @Schema(required = true, enumeration = {"MINISTRY", "OPERATOR"}) Role role,
        @Schema(nullable = true, examples = "61.71") String regionCode,
        @Schema(required = true, description = "False once revoked") boolean active,
        @Schema(nullable = true, description = "When the client was revoked") Instant revokedAt,
        @Schema(nullable = true, description = "Until when the secret replaced by the last rotation still works")
        Instant previousSecretExpiresAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {
}
