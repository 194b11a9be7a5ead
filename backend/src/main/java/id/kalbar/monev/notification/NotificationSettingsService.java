package id.kalbar.monev.notification;

import id.kalbar.monev.auth.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

@ApplicationScoped
public class NotificationSettingsService {

    @ApplicationScoped
    public static class Settings implements PanacheRepositoryBase<NotificationSetting, String> {
    }

    private final Settings settings;
    private final Caller caller;
    private final MailDelivery mail;

    public NotificationSettingsService(Settings settings, Caller caller, MailDelivery mail) {
        this.settings = settings;
        this.caller = caller;
        this.mail = mail;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationSettingsResponse mine() {
        return settings.findByIdOptional(caller.username())
                .map(s -> new NotificationSettingsResponse(s.email, s.emailMode, mail.enabled()))
                .orElse(new NotificationSettingsResponse(null, EmailMode.DAILY, mail.enabled()));
    }

    @Transactional
    public NotificationSettingsResponse replace(NotificationSettingsInput input) {
        NotificationSetting setting = settings.findByIdOptional(caller.username()).orElseGet(() -> {
            NotificationSetting created = new NotificationSetting();
            created.username = caller.username();
            return created;
        });
        setting.email = input.email() == null || input.email().isBlank() ? null : input.email().trim();
        setting.emailMode = input.emailMode();
        setting.updatedAt = Instant.now();
        settings.persist(setting);
        return new NotificationSettingsResponse(setting.email, setting.emailMode, mail.enabled());
    }
}
