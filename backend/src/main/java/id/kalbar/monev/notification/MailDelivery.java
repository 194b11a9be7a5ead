package id.kalbar.monev.notification;

import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.work.IndonesianFormat;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * E-mail of the notifications, when an SMTP server is configured: by default one digest a day per user, or a mail
 * per notification for those who chose it. A notification is marked mailed in the transaction that sends it, and a
 * digest is claimed per user and day, so nothing goes out twice; a failed send is undone and tried again later.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private final Mailer mailer;
    private final EntityManager em;
    private final NotificationService.Notifications notifications;
    private final ReminderClaims claims;
    private final ReportingCalendar calendar;
    private final boolean enabled;
    private final int digestHour;
    private final String baseUrl;

    public MailDelivery(Mailer mailer, EntityManager em, NotificationService.Notifications notifications, ReminderClaims claims,
                        ReportingCalendar calendar,
                        @ConfigProperty(name = "monev.mail.enabled") boolean enabled,
                        @ConfigProperty(name = "monev.mail.digest-hour") int digestHour,
                        @ConfigProperty(name = "monev.public-base-url") String baseUrl) {
        this.mailer = mailer;
        this.em = em;
        this.notifications = notifications;
        this.claims = claims;
        this.calendar = calendar;
        this.enabled = enabled;
        this.digestHour = digestHour;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return enabled;
    }

    @Scheduled(every = "${monev.mail.every}", delayed = "60s", identity = "mail",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!enabled) {
            return;
        }
        sendEachEvent();
        if (!LocalTime.now(ZoneId.of("Asia/Pontianak")).isBefore(LocalTime.of(digestHour, 0))) {
            sendDailyDigests(calendar.today());
        }
    }

    /** One mail per new notification to those who chose it; returns the mails sent. */
    public int sendEachEvent() {
        if (!enabled) {
            return 0;
        }
        int sent = 0;
        for (Object[] user : usersWith(EmailMode.EACH)) {
            sent += QuarkusTransaction.requiringNew().call(() -> {
                List<Notification> pending = claimUnmailed((String) user[0]);
                for (Notification n : pending) {
                    mailer.send(Mail.withText((String) user[1], "Monev KUMKM: " + n.title, text((String) user[0], List.of(n))));
                }
                return pending.size();
            });
        }
        return sent;
    }

    /** The day's digest to each user who wants one and has something new; once per user and day. */
    public int sendDailyDigests(LocalDate day) {
        if (!enabled) {
            return 0;
        }
        int sent = 0;
        for (Object[] user : usersWith(EmailMode.DAILY)) {
            String username = (String) user[0];
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> {
                    if (notifications.count("recipient = ?1 and mailedAt is null", username) == 0
                            || !claims.claim("MAIL_DIGEST", day.toString(), username)) {
                        return 0;
                    }
                    List<Notification> pending = claimUnmailed(username);
                    mailer.send(Mail.withText((String) user[1], "Ringkasan Monev KUMKM " + IndonesianFormat.date(day) + ": "
                            + pending.size() + " pemberitahuan baru", text(username, pending)));
                    return 1;
                });
            } catch (RuntimeException e) {
                LOG.warnf("The digest for %s could not be sent; it is tried again later: %s", username, e.getMessage());
            }
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> usersWith(EmailMode mode) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT username, email FROM notification_setting WHERE email_mode = ?1 AND email IS NOT NULL ORDER BY username")
                .setParameter(1, mode.name()).getResultList());
    }

    private List<Notification> claimUnmailed(String username) {
        List<Notification> pending = notifications.find("recipient = ?1 and mailedAt is null order by createdAt", username)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
        Instant now = Instant.now();
        pending.forEach(n -> n.mailedAt = now);
        return pending;
    }

    private String text(String username, List<Notification> items) {
        StringBuilder text = new StringBuilder("Yth. ").append(username).append(",\n\n")
                .append(items.size() == 1 ? "Ada pemberitahuan baru untuk Anda di Monev KUMKM:\n\n"
                        : "Berikut " + items.size() + " pemberitahuan baru untuk Anda di Monev KUMKM:\n\n");
        for (Notification n : items) {
            text.append("- ").append(n.title).append('\n');
            for (String line : n.body.split("\n")) {
                text.append("  ").append(line).append('\n');
            }
            text.append("  Buka: ").append(baseUrl).append(n.link).append("\n\n");
        }
        text.append("Pengaturan e-mail dapat diubah di ").append(baseUrl).append("/notifications/settings\n")
                .append("\nDinas Koperasi dan UKM Provinsi Kalimantan Barat\n");
        return text.toString();
    }
}
