package id.kalbar.monev.work;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "WorkItem", description = "Something for the caller to do or know, with where it is done")
public record WorkItem(
        @Schema(required = true) WorkKind kind,
        @Schema(required = true, examples = "Laporan Triwulan IV 2026") String title,
        @Schema(nullable = true, description = "The verifier's reason, a recommendation's text, a round's state")
        String detail,
        @Schema(nullable = true, examples = "61.01") String regionCode,
        @Schema(required = true, description = "Key of the record the item is about", examples = "61.01/2026Q4")
        String subject,
        @Schema(nullable = true) LocalDate dueDate,
        @Schema(nullable = true, description = "Days until the due date; negative when overdue") Integer daysLeft,
        @Schema(nullable = true, description = "How long the oldest waiting record has waited, in days") Integer waitingDays,
        @Schema(nullable = true, description = "Done so far, e.g. values filled") Long done,
        @Schema(nullable = true, description = "Expected in all, e.g. values to report") Long total,
        @Schema(required = true, description = "Dashboard path where it is done", examples = "/reporting?period=2026Q4")
        String link) {
}
