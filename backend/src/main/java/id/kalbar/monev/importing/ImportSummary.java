package id.kalbar.monev.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kalbar.monev.common.rules.RuleCode;

import java.util.List;
import java.util.UUID;

@Schema(name = "ImportSummary", description = "What a bulk load did, or would do on a dry run")
public record ImportSummary(
        @Schema(required = true, description = "The kind loaded, upper case (REALIZATIONS, TARGETS, ...)", examples = "REALIZATIONS") String kind,
        @Schema(required = true) boolean dryRun,
        @Schema(required = true) ImportMode mode,
        @Schema(required = true, description = "Whether anything was written") boolean committed,
        @Schema(required = true, description = "Data rows read (the header not counted)") long rows,
        @Schema(required = true) long created,
        @Schema(required = true) long updated,
        @Schema(required = true, description = "Rows equal to what is stored: loading a file twice changes nothing") long unchanged,
        @Schema(required = true) long rejected,
        @Schema(required = true, description = "Rejected rows grouped by error") List<ConflictGroup> conflicts,
        @Schema(description = "Id of the load when something was written: every audit event it wrote carries it", nullable = true) UUID importId) {

    @Schema(name = "ImportConflict", description = "Rows rejected for one reason")
    public record ConflictGroup(
            @Schema(required = true) RuleCode error,
            @Schema(required = true) String message,
            @Schema(required = true) long count,
            @Schema(required = true, description = "Row numbers (the CSV header is row 1; JSON elements count from 1), "
                    + "at most the first 1000") List<Long> rows,
            @Schema(description = "The first offending value", nullable = true) String firstValue) {
    }
}
