package id.kalbar.monev.changes;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

@Schema(name = "Change", description = "One create, update or delete of one record")
public record ChangeResponse(
        @Schema(required = true, description = "Position of this change; pass it as `after` to continue behind it",
                examples = "1742-90817") String cursor,
        @Schema(required = true, description = "Kind of record") ChangeEntityType entityType,
        @Schema(required = true) ChangeOperation operation,
        @Schema(required = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                description = "The fields the API addresses the record by: `code` for regions, programs and indicators; "
                        + "`indicatorCode`, `regionCode` and `year` for targets; `indicatorCode`, `regionCode` and "
                        + "`period` for realizations; `id` for evaluation records",
                examples = "{\"indicatorCode\": \"2.17.06.01\", \"regionCode\": \"61.01\", \"period\": \"2025Q3\"}")
        Map<String, Object> key,
        @Schema(description = "Region the record belongs to; null for the catalogue, meetings and agreements",
                nullable = true, examples = "61.01") String regionCode,
        @Schema(required = true, description = "When the changing transaction ran (UTC); the feed's order is commit order")
        Instant changedAt) {
}
