package id.kalbar.monev.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.sql.SQLException;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Every change to the data in commit order, for mirrors")
public class ChangeResource {

    private final ChangeService service;

    public ChangeResource(ChangeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, MINISTRY, OPERATOR})
    @Operation(operationId = "listChanges", summary = "List changes since a cursor",
            description = "Every create, update and delete of regions, programs, indicators, targets (with their period "
                    + "breakdown), realizations, meetings, agreements, findings, recommendations and follow-ups, in the "
                    + "order their transactions committed, so an integration can mirror the data incrementally and learn "
                    + "of deletions. Start without `after`, then pass the `next` of each answer; a change committed later "
                    + "always comes behind the cursor, never before it, so none is skipped. Each item names the record "
                    + "by its key; read it through its own endpoint (a DELETE means it is gone). Changes of one "
                    + "transaction are listed together; an update that changed no value is still listed. "
                    + "ADMIN, VERIFIER and MINISTRY read every change; an OPERATOR reads the changes of its own region "
                    + "and the region-less ones (catalogue, meetings, agreements).")
    @APIResponse(responseCode = "200", description = "The next changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public ChangePage listChanges(
            @Parameter(description = "The `next` (or an item's `cursor`) of an earlier answer; the start of the feed when "
                    + "absent. Opaque: a value the feed did not hand out is a 400.", example = "1742-90817",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            @QueryParam("after") String after,
            @Parameter(description = "Most changes to return", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "5000", defaultValue = "500"))
            @QueryParam("size") String size) throws SQLException {
        return service.list(after, size);
    }
}
