package id.kalbar.monev.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ImportJob", description = "A bulk load running in the background")
public record ImportJobResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The kind loaded, upper case", examples = "REALIZATIONS") String kind,
        @Schema(required = true) ImportJobStatus status,
        @Schema(required = true, description = "Share of the file read so far, 0 to 100") int progress,
        @Schema(required = true) long fileBytes,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "When finished (or rejected): what the load did", nullable = true) ImportSummary summary,
        @Schema(description = "When it failed or was rejected: why", nullable = true) String error) {

    static ImportJobResponse from(ImportJob job, long bytesRead) {
        int progress = switch (job.status) {
            case SUCCEEDED, REJECTED, FAILED -> 100;
            case QUEUED -> 0;
            case RUNNING -> job.fileBytes == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / job.fileBytes);
        };
        return new ImportJobResponse(job.id, job.kind, job.status, progress, job.fileBytes, job.createdBy, job.createdAt,
                job.finishedAt, job.summary, job.error);
    }
}
