package id.kalbar.monev.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserCredentials", description = "An account with its one-time temporary password")
public record UserCredentialsResponse(
        @Schema(required = true) UserResponse user,
        @Schema(required = true, format = "password", examples = "Hq7k-2mTz-pX9c-Wd4r",
                description = "Shown only in this answer and never stored in readable form: hand it to the user, "
                        + "who must replace it at first sign-in")
        String temporaryPassword) {
}
