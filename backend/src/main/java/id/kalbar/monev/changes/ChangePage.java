package id.kalbar.monev.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ChangePage", description = "Changes in commit order, and where to continue")
public record ChangePage(
        @Schema(required = true) List<ChangeResponse> items,
        @Schema(required = true, description = "Cursor to pass as `after` for the next call: behind the last item, "
                + "or the cursor given when there was nothing new", examples = "1742-90817") String next,
        @Schema(required = true, description = "Whether more changes are ready now; when false, call again later "
                + "with `next`") boolean hasMore) {
}
