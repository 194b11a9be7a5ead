package id.kalbar.monev.work;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "WorkList", description = "The caller's work, most urgent first")
public record WorkList(
        @Schema(required = true, description = "The day the list was computed for (WIB)") LocalDate today,
        @Schema(required = true) List<WorkItem> items) {
}
