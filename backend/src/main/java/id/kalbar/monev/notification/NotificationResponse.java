package id.kalbar.monev.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Notification", description = "A message in the caller's inbox about a record that concerns them")
public record NotificationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) NotificationKind kind,
        @Schema(required = true, examples = "Nilai dikembalikan: 2.17.06.01 Kabupaten Sambas 2026Q3") String title,
        @Schema(required = true) String body,
        @Schema(required = true, description = "Dashboard path of the record", examples = "/reporting?period=2026Q3")
        String link,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant readAt) {

    static NotificationResponse from(Notification n) {
        return new NotificationResponse(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt);
    }
}
