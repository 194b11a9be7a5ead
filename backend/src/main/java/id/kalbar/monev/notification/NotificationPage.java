package id.kalbar.monev.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-notifications schema in openapi.yaml. */
@Schema(name = "NotificationPage")
public record NotificationPage(
        @Schema(required = true) List<NotificationResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
