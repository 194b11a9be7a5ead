package id.kalbar.monev.realization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-realizations schema in openapi.yaml. */
@Schema(name = "RealizationPage")
public record RealizationPage(
        @Schema(required = true) List<RealizationResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
