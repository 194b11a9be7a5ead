package id.kalbar.monev.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The commit number of the latest committed change to the tracked records (catalogue, targets, realizations,
 * evaluation): it moves with every such commit, so an answer computed from those records can be tagged with
 * it and recognized as unchanged without being computed, at the cost of one index probe.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LastChange {

    private final EntityManager em;

    public LastChange(EntityManager em) {
        this.em = em;
    }

    public long commit() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(seq), 0) FROM change_commit").getSingleResult())
                .longValue();
    }
}
