package id.kalbar.monev.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-indicators schema in openapi.yaml. */
@Schema(name = "IndicatorPage")
public record IndicatorPage(
        @Schema(required = true) List<IndicatorResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
