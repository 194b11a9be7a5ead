package id.kalbar.monev.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-users schema in openapi.yaml. */
@Schema(name = "UserPage")
public record UserPage(
        @Schema(required = true) List<UserResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
