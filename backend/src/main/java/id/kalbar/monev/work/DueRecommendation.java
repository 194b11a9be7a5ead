package id.kalbar.monev.work;

import java.time.LocalDate;
import java.util.UUID;

/** An unsettled recommendation due soon or overdue, with the region it concerns. */
public record DueRecommendation(UUID id, UUID findingId, String regionCode, String text, LocalDate dueDate) {
}
