package id.kalbar.monev.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-targets schema in openapi.yaml. */
@Schema(name = "TargetPage")
public record TargetPage(
        @Schema(required = true) List<TargetResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
