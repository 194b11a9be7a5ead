package id.kalbar.monev.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentCount", description = "How many comments, not counting deleted ones, a record's thread has")
public record CommentCountResponse(
        @Schema(required = true, examples = "2.17.06.01/61.01/2026Q3") String threadKey,
        @Schema(required = true, description = "The indicator of the value or proposal", examples = "2.17.06.01")
        String indicatorCode,
        @Schema(required = true, minimum = "1", examples = "3") long count) {
}
