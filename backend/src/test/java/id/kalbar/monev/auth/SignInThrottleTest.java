package id.kalbar.monev.auth;

import id.kalbar.monev.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated failures pause sign-in for a name or an address, briefly and growing; the clock is moved, not waited for. */
@QuarkusTest
@TestProfile(SignInThrottleTest.LowLimits.class)
class SignInThrottleTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "monev.auth.throttle.username-limit", "3",
                    "monev.auth.throttle.address-limit", "8",
                    "monev.auth.throttle.first-pause", "PT10S",
                    "monev.auth.throttle.max-pause", "PT40S",
                    "monev.auth.throttle.window", "PT10M");
        }
    }

    /** Each test starts a day after the previous one, when every earlier pause and window has passed. */
    static int day;
    MovableClock clock;

    @BeforeEach
    void moveTheClockOnly() {
        clock = MovableClock.install();
        clock.advance(Duration.ofDays(++day));
    }

    static ValidatableResponse signIn(String username, String password) {
        return badInput().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then();
    }

    static int retryAfter(ValidatableResponse response) {
        return Integer.parseInt(response.extract().header("Retry-After"));
    }

    @Test
    void failuresForOneAccountPauseItBrieflyAndASuccessClearsThem() {
        for (int i = 0; i < 3; i++) {
            signIn("verifier", "wrong-" + i).statusCode(401);
        }
        // Paused: even the right password waits, and the answer says how long.
        ValidatableResponse paused = signIn("verifier", "demo")
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:monev:problem:too-many-sign-in-attempts"));
        int seconds = retryAfter(paused);
        assertTrue(seconds >= 1 && seconds <= 10, "Retry-After " + seconds);

        clock.advance(Duration.ofSeconds(11));
        api().contentType(ContentType.JSON).body(Map.of("username", "verifier", "password", "demo"))
                .post("/api/v1/auth/token").then().statusCode(200);

        // The success cleared the count: two more failures do not pause the account.
        signIn("verifier", "wrong-again").statusCode(401);
        signIn("verifier", "wrong-again").statusCode(401);
        signIn("verifier", "demo").statusCode(200);
    }

    @Test
    void eachFurtherFailureDoublesThePauseUpToItsCap() {
        for (int i = 0; i < 3; i++) {
            signIn("op-6101", "wrong").statusCode(401);
        }
        clock.advance(Duration.ofSeconds(11));
        signIn("op-6101", "wrong").statusCode(401);
        int second = retryAfter(signIn("op-6101", "demo").statusCode(429));
        assertTrue(second > 10 && second <= 20, "Retry-After " + second);
        clock.advance(Duration.ofSeconds(21));
        signIn("op-6101", "wrong").statusCode(401);
        clock.advance(Duration.ofSeconds(41));
        signIn("op-6101", "wrong").statusCode(401);
        int capped = retryAfter(signIn("op-6101", "demo").statusCode(429));
        assertTrue(capped <= 40, "capped at the maximum pause: " + capped);
        clock.advance(Duration.ofSeconds(41));
        signIn("op-6101", "demo").statusCode(200);
    }

    @Test
    void failuresFromOneAddressPauseEveryNameFromIt() {
        for (int i = 0; i < 8; i++) {
            signIn("nobody-" + i + "-" + System.nanoTime(), "guess").statusCode(401);
        }
        ValidatableResponse paused = signIn("op-6102", "demo").statusCode(429);
        assertTrue(retryAfter(paused) >= 1);
        clock.advance(Duration.ofSeconds(11));
        signIn("op-6102", "demo").statusCode(200);
    }
}
