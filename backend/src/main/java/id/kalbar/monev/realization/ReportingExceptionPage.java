package id.kalbar.monev.realization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-reporting-exceptions schema in openapi.yaml. */
@Schema(name = "ReportingExceptionPage")
public record ReportingExceptionPage(
        @Schema(required = true) List<ReportingExceptionResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
