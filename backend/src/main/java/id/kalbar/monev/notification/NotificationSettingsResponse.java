package id.kalbar.monev.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationSettings", description = "How the caller hears of notifications by e-mail")
public record NotificationSettingsResponse(
        @Schema(nullable = true) String email,
        @Schema(required = true, description = "DAILY digest (the default), EACH notification, or OFF") EmailMode emailMode,
        @Schema(required = true, description = "Whether this server sends e-mail at all") boolean mailEnabled) {
}
