package id.kalbar.monev.importing;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds how many bulk loads and downloads run at once (each holds a database connection and a core for
 * long); one more is answered 429 with Retry-After instead of queueing behind them.
 */
@ApplicationScoped
public class BulkSlots {

    static final URI BUSY = URI.create("urn:monev:problem:bulk-busy");

    private final Semaphore slots;
    private final int retryAfterSeconds;

    public BulkSlots(@ConfigProperty(name = "monev.bulk.max-concurrent", defaultValue = "4") int maxConcurrent,
                     @ConfigProperty(name = "monev.bulk.retry-after-seconds", defaultValue = "30") int retryAfterSeconds) {
        this.slots = new Semaphore(maxConcurrent);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A slot, or 429 when all are taken; close it when the work is done. */
    public Slot acquire() {
        if (!slots.tryAcquire()) {
            throw HttpProblem.builder()
                    .withType(BUSY)
                    .withStatus(429)
                    .withTitle("Too Many Requests")
                    .withDetail("Other loads and downloads are running; try again in " + retryAfterSeconds + " seconds")
                    .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                    .build();
        }
        return new Slot();
    }

    /** Released once, however often it is closed. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
