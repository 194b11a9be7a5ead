package id.kalbar.monev.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "notification_setting")
public class NotificationSetting {

    @Id
    public String username;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_mode", nullable = false)
    public EmailMode emailMode = EmailMode.DAILY;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
