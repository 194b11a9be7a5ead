package id.kalbar.monev.targetround;

import id.kalbar.monev.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** A proposal carries an ETag; reviews naming an older one are refused with 412, also when two race. */
@QuarkusTest
class TargetProposalPreconditionsTest {

    /** A year of its own, far from the demo's round and the other tests'. */
    private static final int YEAR = 2098;

    private static String proposal(String indicator) {
        return "/api/v1/target-rounds/" + YEAR + "/proposals/" + indicator + "/61.01";
    }

    @Test
    void reviewsHonourIfMatchAndRacingReviewsDoNotOverwriteEachOther() throws Exception {
        api("admin").contentType(ContentType.JSON)
                .body(Map.of("year", YEAR, "deadline", today().plusDays(10).toString()))
                .post("/api/v1/target-rounds").then().statusCode(201);
        String indicator = createIndicator(createProgram());

        String proposed = api("op-6101").contentType(ContentType.JSON).body(Map.of("value", 25, "justification", "Tren naik"))
                .put(proposal(indicator)).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        api("verifier").get(proposal(indicator)).then().statusCode(200).header("ETag", equalTo(proposed))
                .body("value", equalTo(25));
        api("verifier").header("If-None-Match", proposed).get(proposal(indicator)).then().statusCode(304);
        // Operators change their own proposal only from the version they saw.
        badInput("op-6101").header("If-Match", "\"0-stale\"").contentType(ContentType.JSON).body(Map.of("value", 26))
                .put(proposal(indicator)).then().statusCode(412).contentType("application/problem+json");

        api("admin").post("/api/v1/target-rounds/" + YEAR + "/review").then().statusCode(200);
        badInput("verifier").header("If-Match", "\"0-stale\"").post(proposal(indicator) + "/accept")
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));

        // Two reviewers adjust from the same version at once: one wins, the other is told the proposal changed.
        String token = "Bearer " + Tokens.of("verifier");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Response> responses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int value : new int[]{30, 35}) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return RestAssured.given().header("Authorization", token).header("If-Match", proposed)
                            .contentType(ContentType.JSON).body(Map.of("value", value, "reason", "Disesuaikan " + value))
                            .post(proposal(indicator) + "/adjust");
                }));
            }
            start.countDown();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses.stream().map(Response::statusCode).toList(), containsInAnyOrder(200, 412));
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        String adjusted = winner.header("ETag");
        assertThat(adjusted, not(equalTo(proposed)));
        api("verifier").get(proposal(indicator)).then().statusCode(200)
                .header("ETag", equalTo(adjusted))
                .body("status", equalTo("ADJUSTED"))
                .body("agreedValue", equalTo(winner.<Integer>path("agreedValue")));

        badInput("verifier").header("If-Match", proposed).contentType(ContentType.JSON).body(Map.of("reason", "Periksa lagi"))
                .post(proposal(indicator) + "/return").then().statusCode(412);
        api("verifier").header("If-Match", adjusted).contentType(ContentType.JSON).body(Map.of("reason", "Periksa lagi"))
                .post(proposal(indicator) + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
    }
}
