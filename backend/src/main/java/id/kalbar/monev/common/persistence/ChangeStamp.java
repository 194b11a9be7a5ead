package id.kalbar.monev.common.persistence;

import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * A summary of a set of versioned records that changes whenever one of them is created, changed or
 * deleted: how many there are, their latest change and the sum of their versions (every change raises
 * one). What an answer computed from them is tagged with, so that a client holding the tag gets a 304
 * without the answer being computed again.
 */
public record ChangeStamp(long count, Instant lastChange, long versions) {

    /**
     * The stamp of the records a JPQL {@code from ... where ...} clause selects, {@code alias} being the
     * {@link VersionedEntity} it ranges over.
     */
    public static ChangeStamp of(EntityManager entityManager, String alias, String fromWhere, Object... parameters) {
        var query = entityManager.createQuery("select count(" + alias + "), max(" + alias + ".updatedAt), coalesce(sum("
                + alias + ".version), 0) " + fromWhere, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Object[] row = query.getSingleResult();
        return new ChangeStamp(((Number) row[0]).longValue(), (Instant) row[1], ((Number) row[2]).longValue());
    }
}
