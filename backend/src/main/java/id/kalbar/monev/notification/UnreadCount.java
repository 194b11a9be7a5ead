package id.kalbar.monev.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount")
public record UnreadCount(@Schema(required = true) long unread) {
}
