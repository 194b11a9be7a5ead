package id.kalbar.monev.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every changeable record keeps: when it was created and last changed, and the optimistic-lock
 * version that, with the last change, makes its ETag. Stamped here on every write, never by hand.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Counts a change the record's own columns do not show (such as new secrets kept in another
     * table), so that its ETag changes with it.
     */
    public void markChanged() {
        updatedAt = Instant.now();
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampChange() {
        updatedAt = Instant.now();
    }
}
