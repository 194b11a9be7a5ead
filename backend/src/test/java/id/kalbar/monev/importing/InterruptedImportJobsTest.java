package id.kalbar.monev.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static id.kalbar.monev.support.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A background load cut off by a crash is marked failed at the next start, and its spooled file removed. */
@QuarkusTest
class InterruptedImportJobsTest {

    @Inject
    InterruptedImportJobs recovery;

    @Inject
    InterruptedImportJobs.Spool spool;

    @Inject
    ImportJobService.Jobs jobs;

    @Test
    void jobsThisInstanceWasRunningAreMarkedInterrupted() throws Exception {
        UUID running = job(ImportJobStatus.RUNNING, spool.runner());
        UUID queued = job(ImportJobStatus.QUEUED, spool.runner());
        UUID otherReplicas = job(ImportJobStatus.RUNNING, "another-host-" + UUID.randomUUID());
        Path file = spool.create(running);

        recovery.markInterrupted(null);

        for (UUID id : new UUID[] {running, queued}) {
            api("admin").get("/api/v1/imports/jobs/" + id).then().statusCode(200)
                    .body("status", equalTo("FAILED"))
                    .body("error", startsWith("interrupted"))
                    .body("finishedAt", notNullValue());
        }
        assertFalse(Files.exists(file), "the spooled upload is removed");
        assertEquals(ImportJobStatus.RUNNING,
                QuarkusTransaction.requiringNew().call(() -> jobs.findById(otherReplicas).status));
    }

    private UUID job(ImportJobStatus status, String runner) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = "REALIZATIONS";
        job.status = status;
        job.createdBy = "admin";
        job.createdAt = Instant.now();
        job.fileBytes = 10;
        job.runner = runner;
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        return job.id;
    }
}
