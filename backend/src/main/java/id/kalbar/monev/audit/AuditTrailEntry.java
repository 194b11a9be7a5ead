package id.kalbar.monev.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;

/**
 * One entry of the trail as read (view {@code audit_trail}, migration V80): an {@link AuditEvent} with
 * its changes, or one record's change by a bulk load with its snapshots before and after.
 */
@Entity
@Immutable
@Table(name = "audit_trail")
public class AuditTrailEntry extends AuditRecord {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Map<String, Object>> changes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> after;

    /** The changed fields: as recorded, or compared from a bulk change's snapshots like a single write's. */
    Map<String, Map<String, Object>> changedFields() {
        return changes != null ? changes : AuditChanges.between(before, after);
    }
}
