package id.kalbar.monev.notification;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The inbox: writes messages in the transaction of the event that causes them, and serves each user's own. */
@ApplicationScoped
public class NotificationService {

    static final SortableFields SORTABLE = SortableFields.of("createdAt", "createdAt");

    @ApplicationScoped
    public static class Notifications implements PanacheRepositoryBase<Notification, UUID> {
    }

    private final Notifications notifications;
    private final Caller caller;

    public NotificationService(Notifications notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    /**
     * Tells each recipient once, never the one who caused the event. Joins the caller's transaction so that a
     * message exists exactly when the change it reports does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notify(Collection<String> recipients, String actor, NotificationKind kind, String title, String body,
                      String link) {
        Set<String> unique = new LinkedHashSet<>(recipients);
        if (actor != null) {
            unique.remove(actor);
        }
        Instant now = Instant.now();
        for (String recipient : unique) {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.recipient = recipient;
            n.kind = kind;
            n.title = clip(title, 300);
            n.body = clip(body, 2000);
            n.link = clip(link, 500);
            n.createdAt = now;
            notifications.persist(n);
        }
        return unique.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<NotificationResponse> list(ListParams params, String unreadOnly) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "-createdAt", "id");
        Boolean unread = FilterValues.bool(unreadOnly, "unreadOnly");
        String query = "recipient = :me" + (Boolean.TRUE.equals(unread) ? " and readAt is null" : "")
                + (request.updatedSince() != null ? " and createdAt >= :since" : "");
        Parameters parameters = Parameters.with("me", caller.username());
        if (request.updatedSince() != null) {
            parameters.and("since", request.updatedSince());
        }
        PanacheQuery<Notification> found = notifications.find(query, request.sort(), parameters);
        return PageResponse.of(found.page(request.panachePage()).list(), request, found.count(), NotificationResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.count("recipient = ?1 and readAt is null", caller.username()));
    }

    @Transactional
    public NotificationResponse markRead(UUID id) {
        Notification n = notifications.findByIdOptional(id)
                .filter(found -> found.recipient.equals(caller.username()))
                .orElseThrow(() -> Problems.notFound("Notification", id.toString()));
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return NotificationResponse.from(n);
    }

    @Transactional
    public UnreadCount markAllRead() {
        notifications.update("readAt = ?1 where recipient = ?2 and readAt is null", Instant.now(), caller.username());
        return new UnreadCount(0);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
