package id.kalbar.monev.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Comment", description = "A comment in a record's thread")
public record CommentResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) ThreadType threadType,
        @Schema(required = true, examples = "2.17.06.01/61.01/2026Q3") String threadKey,
        @Schema(required = true, examples = "verifier") String author,
        @Schema(nullable = true, description = "Null when the author deleted it") String body,
        @Schema(required = true, description = "Users mentioned who may read the record") List<String> mentions,
        @Schema(required = true) boolean deleted,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant editedAt,
        @Schema(required = true, description = "Earlier wordings, oldest first (none shown for a deleted comment)")
        List<Revision> revisions,
        @Schema(required = true) long version) {

    @Schema(name = "CommentRevision")
    public record Revision(@Schema(required = true) String body, @Schema(required = true) Instant replacedAt) {
    }
}
