package id.kalbar.monev.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-audit-events schema in openapi.yaml. */
@Schema(name = "AuditEventPage")
public record AuditEventPage(
        @Schema(required = true) List<AuditEventResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
