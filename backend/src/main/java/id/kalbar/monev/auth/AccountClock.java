package id.kalbar.monev.auth;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The time that sign-in throttling and secret expiry go by; a bean so that tests can move it. */
@ApplicationScoped
public class AccountClock {

    public Instant now() {
        return Instant.now();
    }
}
