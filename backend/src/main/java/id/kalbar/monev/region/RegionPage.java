package id.kalbar.monev.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-regions schema in openapi.yaml. */
@Schema(name = "RegionPage")
public record RegionPage(
        @Schema(required = true) List<RegionResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
