package id.kalbar.monev.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Threads beside values, findings, recommendations and target proposals")
public class ProposalCommentsResource {

    private final CommentService comments;
    private final ThreadSubjects subjects;

    public ProposalCommentsResource(CommentService comments, ThreadSubjects subjects) {
        this.comments = comments;
        this.subjects = subjects;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listProposalComments", summary = "Read the thread of a target proposal",
            description = "Whoever may read a target proposal (403 or 404 otherwise, as for a target proposal itself). Oldest first.")
    @APIResponse(responseCode = "200", description = "The comments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommentResponse.class)))
    public List<CommentResponse> listProposalComments(@PathParam("year") int year, @PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode) {
        return comments.thread(subjects.proposal(year, indicatorCode, regionCode));
    }

    @POST
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addProposalComment", summary = "Comment on a target proposal",
            description = "Whoever may read a target proposal, except the ministry (read only). Mentioned users who may read it, the "
                    + "thread's participants and the region's operators are notified.")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentResponse.class)))
    public Response addProposalComment(@PathParam("year") int year, @PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
            @RequestBody(required = true) @NotNull @Valid CommentInput body) {
        CommentResponse created = comments.add(subjects.proposal(year, indicatorCode, regionCode), body);
        return Response.created(URI.create("/api/v1/comments/" + created.id())).entity(created)
                .tag(CommentService.tag(created)).build();
    }
}
