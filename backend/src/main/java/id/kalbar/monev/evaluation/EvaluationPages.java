package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Contract-only: names the page schemas of the evaluation lists in openapi.yaml. */
public final class EvaluationPages {

    private EvaluationPages() {
    }

    @Schema(name = "MeetingPage")
    public record MeetingPage(@Schema(required = true) List<MeetingResponse> items, @Schema(required = true) int page,
                              @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @Schema(name = "FindingPage")
    public record FindingPage(@Schema(required = true) List<FindingResponse> items, @Schema(required = true) int page,
                              @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}
