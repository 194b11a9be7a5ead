package id.kalbar.monev.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;

import static id.kalbar.monev.auth.Roles.ADMIN;

@Path("/api/v1/sync-sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync sources", description = "Province deployments a national deployment mirrors through their change feeds")
public class SyncSourceResource {

    private final SyncSourceService service;

    public SyncSourceResource(SyncSourceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(ADMIN)
    @Operation(operationId = "listSyncSources", summary = "List the sources this deployment mirrors",
            description = "ADMIN of the whole deployment only (one bound to a region gets 403). The sources are "
                    + "configuration (`monev.sync.sources.<name>.url`, `.client-id`, `.client-secret`, `.region`); each "
                    + "comes with how far it is mirrored: last run, last success, last error, lag. Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "Every configured source, by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SyncSourceResponse.class)))
    public List<SyncSourceResponse> listSyncSources() {
        return service.list();
    }

    @POST
    @Path("/{name}/runs")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "runSyncSource", summary = "Mirror a source now",
            description = "ADMIN of the whole deployment only. Reads the source's changes from where the last run "
                    + "stopped until there are none newer, writing the records they name as the source holds them now "
                    + "(within the source's province; programs and indicators only when this deployment lacks them), "
                    + "page by page, each page whole or not at all. Answers when the run ends, with the source's state: "
                    + "a run that failed is OK as a request, and its state is FAILING with `lastError`. Waits up to 30 s "
                    + "for a run under way to end, then answers 409.")
    @APIResponse(responseCode = "200", description = "The run ended; the source's state after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncSourceResponse.class)))
    @APIResponse(responseCode = "404", description = "No source has that name")
    @APIResponse(responseCode = "409", description = "Another run of the source is still under way")
    public SyncSourceResponse runSyncSource(
            @Parameter(description = "The source's name", example = "kalbar",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @PathParam("name") String name,
            @Parameter(description = "Read the source's whole feed again, writing only what differs here: repairs a "
                    + "mirror after data here was changed by hand", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("fromStart") String fromStart) {
        return service.run(name, fromStart);
    }
}
