package id.kalbar.monev.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/** What every entry of the audit trail holds: the events written one by one and the trail read back. */
@MappedSuperclass
public abstract class AuditRecord {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_key", nullable = false)
    public String entityKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    /** The bulk load that wrote the event, if one did. */
    @Column(name = "import_id")
    public UUID importId;
}
