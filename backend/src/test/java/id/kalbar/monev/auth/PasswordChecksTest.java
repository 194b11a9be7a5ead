package id.kalbar.monev.auth;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Password work beyond the permits is refused with 503 and Retry-After instead of queueing without end. */
class PasswordChecksTest {

    @Test
    void workBeyondThePermitsIsRefusedNotQueued() throws Exception {
        PasswordChecks checks = new PasswordChecks(1, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> checks.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }));
        started.await();

        HttpProblem refused = assertThrows(HttpProblem.class, () -> checks.run(() -> true));
        assertEquals(503, refused.getStatusCode());
        assertEquals("2", refused.getHeaders().get("Retry-After"));

        release.countDown();
        assertEquals(true, holder.get());
        assertEquals(true, checks.run(() -> true), "the permit is given back");
    }
}
