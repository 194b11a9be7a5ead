package id.kalbar.monev.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

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

    /** Field name to {@code {"before": ..., "after": ...}}; only the fields that changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Map<String, Object>> changes;
}
