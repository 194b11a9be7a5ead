package id.kalbar.monev.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    private final CommentService comments;

    public CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editComment", summary = "Change the wording of one's own comment",
            description = "The author only (403 otherwise), within the edit window after writing it (15 minutes by "
                    + "default; 409 after). The earlier wording is kept in the comment's revisions.")
    @APIResponse(responseCode = "200", description = "The comment as changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentResponse.class)))
    @APIResponse(responseCode = "409", description = "Deleted, or past the edit window")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response editComment(@PathParam("id") UUID id,
                                @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                @RequestBody(required = true) @NotNull @Valid CommentInput body) {
        CommentResponse changed = comments.edit(id, body, ifMatch);
        return Response.ok(changed).tag(CommentService.tag(changed)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Operation(operationId = "deleteComment", summary = "Delete one's own comment",
            description = "The author only, within the edit window. The thread shows it as deleted; its wording is kept "
                    + "in the history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Already deleted, or past the edit window")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteComment(@PathParam("id") UUID id,
                              @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        comments.delete(id, ifMatch);
    }
}
