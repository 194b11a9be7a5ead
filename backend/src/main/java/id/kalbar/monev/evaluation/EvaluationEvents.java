package id.kalbar.monev.evaluation;

import java.time.LocalDate;
import java.util.UUID;

/** What happens to recommendations, fired in the transaction of the change. */
public final class EvaluationEvents {

    private EvaluationEvents() {
    }

    /** A recommendation was given to a region (new, or moved to another region). */
    public record RecommendationAssigned(UUID recommendationId, UUID findingId, String regionCode, String text,
                                         LocalDate dueDate, String actor) {
    }

    /** An action was recorded on a recommendation. */
    public record FollowUpAdded(UUID recommendationId, UUID findingId, String findingRegionCode,
                                String responsibleRegionCode, String description, String actor) {
    }
}
