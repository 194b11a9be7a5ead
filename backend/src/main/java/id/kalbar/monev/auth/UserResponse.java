package id.kalbar.monev.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "User", description = "A person's account")
public record UserResponse(
        @Schema(required = true, examples = "op-6171") String username,
        @Schema(required = true, examples = "Operator Kota Pontianak") String displayName,
        @Schema(required = true) Role role,
        @Schema(nullable = true, description = "The account's scope: a Kemendagri code, or null for the whole deployment", examples = "61.71") String regionCode,
        @Schema(required = true, description = "False once deactivated: the account can no longer sign in") boolean active,
        @Schema(required = true, description = "True until the user replaces a temporary password") boolean mustChangePassword,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static UserResponse from(UserAccount user) {
        return new UserResponse(user.username, user.displayName, user.role, user.regionCode, user.active,
                user.mustChangePassword, user.createdAt, user.updatedAt, user.version);
    }

    UserUpdate toUpdate() {
        return new UserUpdate(displayName, role, regionCode, active);
    }
}
