package id.kalbar.monev.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One message in a user's inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** Dashboard path of the record the message is about. */
    @Column(nullable = false)
    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "mailed_at")
    public Instant mailedAt;
}
