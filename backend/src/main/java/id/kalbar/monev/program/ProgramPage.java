package id.kalbar.monev.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-programs schema in openapi.yaml. */
@Schema(name = "ProgramPage")
public record ProgramPage(
        @Schema(required = true) List<ProgramResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
