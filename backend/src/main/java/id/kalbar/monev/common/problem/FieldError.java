package id.kalbar.monev.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected input: the JSON field or query parameter, and what is wrong with it. */
@Schema(description = "A rejected field or parameter and the reason")
public record FieldError(
        @Schema(description = "JSON field (dotted path) or parameter name", examples = "username") String field,
        @Schema(description = "What is wrong with it", examples = "must not be blank") String message) {
}
