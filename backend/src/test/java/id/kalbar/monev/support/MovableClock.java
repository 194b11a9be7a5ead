package id.kalbar.monev.support;

import id.kalbar.monev.auth.AccountClock;
import io.quarkus.test.junit.QuarkusMock;

import java.time.Duration;
import java.time.Instant;

/** Replaces the accounts clock for one test method, so expiry and pauses are tested without waiting. */
public class MovableClock extends AccountClock {

    private Instant now = Instant.now();

    public static MovableClock install() {
        MovableClock clock = new MovableClock();
        QuarkusMock.installMockForType(clock, AccountClock.class);
        return clock;
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
