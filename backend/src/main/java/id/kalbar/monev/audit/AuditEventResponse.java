package id.kalbar.monev.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(name = "AuditEvent", description = "One change to one record")
public record AuditEventResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "Username of who made the change, or `system`", examples = "admin") String actor,
        @Schema(required = true, description = "Kind of record", examples = "indicator") String entityType,
        @Schema(required = true, description = "Code or id of the record", examples = "2.17.06.I01") String entityKey,
        @Schema(required = true) AuditAction action,
        @Schema(required = true, type = SchemaType.OBJECT,
                description = "Changed fields, each as {\"before\": ..., \"after\": ...}; other details for bulk actions",
                additionalProperties = Schema.True.class)
        Map<String, Map<String, Object>> changes,
        @Schema(description = "The bulk load that made the change, if one did", nullable = true) UUID importId) {

    static AuditEventResponse from(AuditTrailEntry event) {
        return new AuditEventResponse(event.id, event.occurredAt, event.actor, event.entityType, event.entityKey,
                event.action, event.changedFields(), event.importId);
    }
}
