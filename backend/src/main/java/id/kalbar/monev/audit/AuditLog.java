package id.kalbar.monev.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the audit trail in the caller's transaction, so a change and its audit event are committed
 * or rolled back together. Snapshots are the API records, so the trail speaks the API's field names.
 */
@ApplicationScoped
public class AuditLog {

    /** Bookkeeping fields that change with every write and say nothing of their own. */
    private static final Set<String> IGNORED = Set.of("createdAt", "updatedAt", "version");
    static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;
    private final ObjectMapper mapper;
    private final Instance<SecurityIdentity> identity;

    public AuditLog(AuditEventRepository events, ObjectMapper mapper, Instance<SecurityIdentity> identity) {
        this.events = events;
        this.mapper = mapper;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, String entityKey, Object after) {
        record(entityType, entityKey, AuditAction.CREATE, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String entityType, String entityKey, AuditAction action, Object before, Object after) {
        record(entityType, entityKey, action, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, String entityKey, Object before) {
        record(entityType, entityKey, AuditAction.DELETE, before, null);
    }

    /** A change written on behalf of a named actor rather than the caller, such as a source being mirrored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedBy(String actor, String entityType, String entityKey, AuditAction action, Object before, Object after) {
        Map<String, Map<String, Object>> changes = AuditChanges.between(snapshot(before), snapshot(after));
        if (!changes.isEmpty() || action != AuditAction.UPDATE) { // an update that changed nothing is not recorded
            persist(entityType, entityKey, action, actor, changes);
        }
    }

    /** An event whose content is not a before/after pair, such as an import summary, by a named actor. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDetails(String entityType, String entityKey, AuditAction action, String actor,
                              Map<String, Map<String, Object>> details) {
        persist(entityType, entityKey, action, actor, details);
    }

    /** The summary event of a bulk load, carrying the id its per-record events carry too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordImport(String entityType, String entityKey, String actor, UUID importId,
                             Map<String, Map<String, Object>> details) {
        AuditEvent event = event(entityType, entityKey, AuditAction.IMPORT, actor, details);
        event.importId = importId;
        events.persist(event);
    }

    /**
     * Each record a bulk load creates or changes, selected by {@code changesSql} on the load's own
     * connection: {@code entity_key, action, before, after}, the last two flat snapshots (before null
     * when created). Kept compactly beside the load's summary event ({@link #recordImport}), whose actor
     * and time they share; the trail shows each as an event of the load (migration V80).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordImportChanges(Connection connection, UUID importId, String entityType, String changesSql)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_import_change (import_id, entity_type, entity_key, action, before, after) "
                        + "SELECT ?, ?, x.entity_key, x.action, x.before, x.after FROM (" + changesSql + ") x")) {
            insert.setObject(1, importId);
            insert.setString(2, entityType);
            insert.executeUpdate();
        }
    }

    private void record(String entityType, String entityKey, AuditAction action, Object before, Object after) {
        changedBy(actor(), entityType, entityKey, action, before, after);
    }

    private void persist(String entityType, String entityKey, AuditAction action, String actor,
                         Map<String, Map<String, Object>> changes) {
        events.persist(event(entityType, entityKey, action, actor, changes));
    }

    private static AuditEvent event(String entityType, String entityKey, AuditAction action, String actor,
                                    Map<String, Map<String, Object>> changes) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.entityType = entityType;
        event.entityKey = entityKey;
        event.action = action;
        event.changes = changes;
        return event;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot(Object record) {
        if (record == null) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>(mapper.convertValue(record, Map.class));
        IGNORED.forEach(values::remove);
        values.replaceAll((k, v) -> v instanceof BigDecimal d ? d.stripTrailingZeros() : v);
        return values;
    }

    private String actor() {
        // The security identity, not the accounts feature's Caller: the accounts themselves are audited.
        if (Arc.container().requestContext().isActive() && identity.isResolvable()) {
            SecurityIdentity current = identity.get();
            if (!current.isAnonymous()) {
                return current.getPrincipal().getName();
            }
        }
        return SYSTEM_ACTOR;
    }
}
