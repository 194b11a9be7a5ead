package id.kalbar.monev.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The record that a reminder went out. Claiming inserts its key; a second claim of the same key (after a restart,
 * or from another replica at the same moment) finds it taken and sends nothing. A claim made in the transaction
 * that writes the reminder is undone with it, so a failed run is retried.
 */
@ApplicationScoped
public class ReminderClaims {

    private final EntityManager em;

    public ReminderClaims(EntityManager em) {
        this.em = em;
    }

    /** True when this caller is the first to claim the reminder. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String kind, String subject, String recipient) {
        return em.createNativeQuery("INSERT INTO reminder_claim (kind, subject, recipient, claimed_at) "
                        + "VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, kind).setParameter(2, subject).setParameter(3, recipient)
                .executeUpdate() == 1;
    }
}
