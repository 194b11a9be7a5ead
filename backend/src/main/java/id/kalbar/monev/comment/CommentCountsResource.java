package id.kalbar.monev.comment;

import id.kalbar.monev.common.CatalogueCodes;
import id.kalbar.monev.common.period.Period;
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

import java.util.List;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/comment-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentCountsResource {

    private final CommentCounts counts;

    public CommentCountsResource(CommentCounts counts) {
        this.counts = counts;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listCommentCounts", summary = "How many comments each value or proposal of a region has",
            description = "Whoever may read the region's records: every account for the regions within its scope (403 otherwise, as for a realization value). REALIZATION counts "
                    + "the threads of the region's values of one period; PROPOSAL those of its target proposals of one "
                    + "round's year. Deleted comments are not counted; only threads with comments are listed, by thread key.")
    @APIResponse(responseCode = "200", description = "The threads that have comments, with their number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommentCountResponse.class)))
    public List<CommentCountResponse> listCommentCounts(
            @Parameter(required = true, description = "Values (REALIZATION) or target proposals (PROPOSAL)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"REALIZATION", "PROPOSAL"}))
            @QueryParam("threadType") String threadType,
            @Parameter(required = true, description = "Kemendagri region code",
                    schema = @Schema(type = SchemaType.STRING, examples = "61.01", pattern = CatalogueCodes.PATTERN,
                            maxLength = CatalogueCodes.MAX_LENGTH))
            @QueryParam("region") String region,
            @Parameter(description = "The values' period (2025, 2025S1, 2025Q3, 2025-07); required for REALIZATION",
                    schema = @Schema(type = SchemaType.STRING, examples = "2026Q3", pattern = Period.PATTERN))
            @QueryParam("period") String period,
            @Parameter(description = "The target round's year; required for PROPOSAL",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("year") String year) {
        return counts.of(threadType, region, period, year);
    }
}
