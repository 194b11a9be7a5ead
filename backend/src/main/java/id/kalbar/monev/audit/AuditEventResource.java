package id.kalbar.monev.audit;

import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when")
@RolesAllowed({ADMIN, VERIFIER})
public class AuditEventResource {

    private final AuditEventService service;

    public AuditEventResource(AuditEventService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = "ADMIN and VERIFIER only; one bound to a province sees the actions of its province's "
                    + "people only. Newest first unless sorted otherwise; sortable by occurredAt, actor, entityType, entityKey.")
    @APIResponse(responseCode = "200", description = "One page of audit events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class)))
    public PageResponse<AuditEventResponse> listAuditEvents(
            @BeanParam ListParams params,
            @Parameter(description = "Kind of record, e.g. `program`, `indicator`") @QueryParam("entityType") String entityType,
            @Parameter(description = "Code or id of the record") @QueryParam("entityKey") String entityKey,
            @Parameter(description = "Username of who made the change") @QueryParam("actor") String actor,
            @Parameter(description = "Only events at or after this instant (ISO-8601)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time"))
            @QueryParam("since") String since) {
        return service.list(params, entityType, entityKey, actor, since);
    }
}
