package id.kalbar.monev.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing per account name and per client address. Below the limit nothing
 * happens; from it on each further failure closes sign-in for that name (or address) for a short,
 * doubling pause, capped low, so an attacker cannot lock a real user out for long. A successful
 * sign-in clears the name's count. Counts live in this node's memory for the failure window.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final URI TOO_MANY_ATTEMPTS = URI.create("urn:monev:problem:too-many-sign-in-attempts");

    private record Failures(int count, Instant firstAt, Instant blockedUntil) {
    }

    private final AccountClock clock;
    private final Duration window;
    private final int nameLimit;
    private final int addressLimit;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Cache<String, Failures> failures;

    public SignInThrottle(AccountClock clock,
                          @ConfigProperty(name = "monev.auth.throttle.window", defaultValue = "PT15M") Duration window,
                          @ConfigProperty(name = "monev.auth.throttle.username-limit", defaultValue = "5") int nameLimit,
                          @ConfigProperty(name = "monev.auth.throttle.address-limit", defaultValue = "50") int addressLimit,
                          @ConfigProperty(name = "monev.auth.throttle.first-pause", defaultValue = "PT30S") Duration firstPause,
                          @ConfigProperty(name = "monev.auth.throttle.max-pause", defaultValue = "PT5M") Duration maxPause) {
        this.clock = clock;
        this.window = window;
        this.nameLimit = nameLimit;
        this.addressLimit = addressLimit;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.failures = Caffeine.newBuilder().expireAfterAccess(window.plus(maxPause)).maximumSize(200_000).build();
    }

    /** 429 with Retry-After while the name or the address is paused. */
    public void check(String name, String address) {
        Instant now = clock.now();
        Instant until = later(blockedUntil(nameKey(name), now), blockedUntil(addressKey(address), now));
        if (until != null) {
            long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
            throw HttpProblem.builder()
                    .withType(TOO_MANY_ATTEMPTS)
                    .withStatus(Response.Status.TOO_MANY_REQUESTS)
                    .withTitle("Too many failed sign-ins")
                    .withDetail("Too many failed sign-ins for this account or from this address; try again in "
                            + seconds + " seconds")
                    .withHeader("Retry-After", String.valueOf(seconds))
                    .build();
        }
    }

    public void failed(String name, String address) {
        Instant now = clock.now();
        count(nameKey(name), nameLimit, now);
        count(addressKey(address), addressLimit, now);
    }

    public void succeeded(String name) {
        failures.invalidate(nameKey(name));
    }

    private void count(String key, int limit, Instant now) {
        failures.asMap().compute(key, (k, previous) -> {
            Failures current = previous == null || now.isAfter(previous.firstAt().plus(window))
                    ? new Failures(0, now, null)
                    : previous;
            int count = current.count() + 1;
            Instant blockedUntil = null;
            if (count >= limit) {
                int doublings = Math.min(count - limit, 20);
                Duration pause = firstPause.multipliedBy(1L << doublings);
                blockedUntil = now.plus(pause.compareTo(maxPause) > 0 ? maxPause : pause);
            }
            return new Failures(count, current.firstAt(), blockedUntil);
        });
    }

    private Instant blockedUntil(String key, Instant now) {
        Failures current = failures.getIfPresent(key);
        return current == null || current.blockedUntil() == null || !now.isBefore(current.blockedUntil())
                ? null
                : current.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
