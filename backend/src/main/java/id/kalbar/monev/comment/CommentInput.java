package id.kalbar.monev.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentInput", description = "Plain text; `@username` mentions a user who may read the record")
public record CommentInput(
        @Schema(required = true, maxLength = CommentInput.MAX_LENGTH,
                examples = "@op-6101 mohon lampirkan daftar koperasi yang dibina triwulan ini")
        @NotBlank @Size(max = CommentInput.MAX_LENGTH) String body) {

    public static final int MAX_LENGTH = 2000;
}
