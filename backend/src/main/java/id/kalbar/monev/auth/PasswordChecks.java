package id.kalbar.monev.auth;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * bcrypt is deliberately slow. Verifying and hashing passwords goes through a fixed number of permits,
 * so a flood of sign-ins cannot take every core and worker: beyond them a caller waits briefly, then
 * gets 503 with Retry-After instead of joining an ever longer queue. Never on the event loop.
 */
@ApplicationScoped
public class PasswordChecks {

    public static final URI BUSY = URI.create("urn:monev:problem:sign-in-busy");

    private final Semaphore permits;
    private final Duration maxWait;

    @Inject
    public PasswordChecks(@ConfigProperty(name = "monev.auth.password-checks.concurrency") Optional<Integer> concurrency,
                          @ConfigProperty(name = "monev.auth.password-checks.max-wait", defaultValue = "PT2S") Duration maxWait) {
        this(concurrency.orElse(Math.max(2, Runtime.getRuntime().availableProcessors())), maxWait);
    }

    PasswordChecks(int concurrency, Duration maxWait) {
        this.permits = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
    }

    public <T> T run(Supplier<T> work) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("Password hashing must not run on the event loop");
        }
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw busy();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    static HttpProblem busy() {
        return HttpProblem.builder()
                .withType(BUSY)
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Too many sign-ins at once")
                .withDetail("The server is checking many passwords at the moment; try again in a few seconds")
                .withHeader("Retry-After", "2")
                .build();
    }
}
