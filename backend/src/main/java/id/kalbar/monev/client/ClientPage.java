package id.kalbar.monev.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page-of-clients schema in openapi.yaml. */
@Schema(name = "ClientPage")
public record ClientPage(
        @Schema(required = true) List<ClientResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
