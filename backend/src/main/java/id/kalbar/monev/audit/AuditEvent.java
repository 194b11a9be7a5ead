package id.kalbar.monev.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;

/** An event written by a single change, or the summary of a bulk load. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends AuditRecord {

    /** Field name to {@code {"before": ..., "after": ...}}; only the fields that changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Map<String, Object>> changes;
}
