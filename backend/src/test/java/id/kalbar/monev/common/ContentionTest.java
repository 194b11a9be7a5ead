package id.kalbar.monev.common;

import id.kalbar.monev.support.CatalogueFixtures;
import id.kalbar.monev.support.TestCodes;
import id.kalbar.monev.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.MatcherAssert.assertThat;

/**
 * Requests racing each other over the same records: identical imports, an import against single-record
 * writes and a period submission, concurrent creates of one code. Never a 500, never a duplicate; a lost
 * race is a 409 problem saying to retry.
 */
@QuarkusTest
class ContentionTest {

    private static final int CLIENTS = 4;

    /** Starts every call at the same moment and returns their answers. */
    private static List<Response> race(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertLostRacesSayRetry(List<Response> responses, int... accepted) {
        for (Response response : responses) {
            int status = response.statusCode();
            assertThat(response.asString(), status < 500, is(true));
            if (status == 409 && "urn:monev:problem:concurrent-change".equals(response.path("type"))) {
                assertThat(response.contentType(), containsStringIgnoringCase("application/problem+json"));
                assertThat(response.<String>path("detail"), containsStringIgnoringCase("retry"));
            } else if (status == 409 && "urn:monev:problem:workflow-state".equals(response.path("type"))) {
                // A single write that came after the racing submission: the value is no longer a draft.
                assertThat(response.contentType(), containsStringIgnoringCase("application/problem+json"));
            } else {
                assertThat(response.asString(), status, oneOf(IntStream.of(accepted).boxed().toArray(Integer[]::new)));
            }
        }
    }

    private static String bearer(String user) {
        return "Bearer " + Tokens.of(user);
    }

    @Test
    void identicalImportsAtOnceLeaveOneRowPerKey() throws Exception {
        String program = createProgram();
        List<String> indicators = List.of(createIndicator(program), createIndicator(program), createIndicator(program));
        String quarter = openQuarter();
        String csv = "indicator,region,period,value,note\n" + indicators.stream()
                .map(code -> code + ",61.01," + quarter + ",17,serentak").collect(Collectors.joining("\n")) + "\n";
        String token = bearer("op-6101");

        List<Callable<Response>> imports = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            imports.add(() -> RestAssured.given().header("Authorization", token).contentType("text/csv").body(csv)
                    .post("/api/v1/imports/realizations"));
        }
        List<Response> responses = race(imports);
        assertLostRacesSayRetry(responses, 200);
        assertThat(responses.stream().filter(r -> r.statusCode() == 200).count() >= 1, is(true));

        for (String indicator : indicators) {
            api("op-6101").queryParam("indicator", indicator).get("/api/v1/realizations").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].value", equalTo(17))
                    .body("items[0].note", equalTo("serentak"));
        }
    }

    @Test
    void importRacingSingleWritesAndSubmissionStaysConsistent() throws Exception {
        String program = createProgram();
        List<String> indicators = List.of(createIndicator(program), createIndicator(program), createIndicator(program),
                createIndicator(program));
        String quarter = openQuarter();
        String region = "61.01";
        String csv = "indicator,region,period,value,note\n" + indicators.stream()
                .map(code -> code + "," + region + "," + quarter + ",30,impor").collect(Collectors.joining("\n")) + "\n";
        String operator = bearer("op-6101");

        List<Callable<Response>> calls = new ArrayList<>();
        calls.add(() -> RestAssured.given().header("Authorization", operator).contentType("text/csv").body(csv)
                .post("/api/v1/imports/realizations"));
        calls.add(() -> RestAssured.given().header("Authorization", operator).contentType("text/csv").body(csv)
                .post("/api/v1/imports/realizations"));
        for (String indicator : indicators) {
            calls.add(() -> RestAssured.given().header("Authorization", operator).contentType(ContentType.JSON)
                    .body(Map.of("value", 40, "note", "satu"))
                    .put("/api/v1/realizations/" + indicator + "/" + region + "/" + quarter));
        }
        calls.add(() -> RestAssured.given().header("Authorization", operator).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "period", quarter))
                .post("/api/v1/realizations/submissions"));
        List<Response> responses = race(calls);
        // 422: the import found a row already submitted by the racing submission, and wrote nothing.
        assertLostRacesSayRetry(responses, 200, 201, 422);

        for (String indicator : indicators) {
            Response rows = api("op-6101").queryParam("indicator", indicator).get("/api/v1/realizations");
            rows.then().statusCode(200).body("items", hasSize(1));
            String status = rows.path("items[0].status");
            int value = rows.path("items[0].value");
            assertThat(status, oneOf("DRAFT", "SUBMITTED"));
            assertThat(value, oneOf(30, 40));
            String note = rows.path("items[0].note");
            assertThat(indicator, note, equalTo(value == 30 ? "impor" : "satu"));
        }
    }

    @Test
    void concurrentCreatesOfOneCodeGiveOneRecordAndConflicts() throws Exception {
        String code = TestCodes.unique("K");
        String admin = bearer("admin");
        Map<String, Object> program = CatalogueFixtures.program(code);
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            creates.add(() -> RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body(program).post("/api/v1/programs"));
        }
        List<Response> responses = race(creates);
        assertThat(responses.stream().map(Response::statusCode).toList().toString(),
                responses.stream().filter(r -> r.statusCode() == 201).count(), equalTo(1L));
        for (Response response : responses) {
            assertThat(response.statusCode(), oneOf(201, 409));
            if (response.statusCode() == 409) {
                assertThat(response.contentType(), containsStringIgnoringCase("application/problem+json"));
            }
        }
        api("admin").get("/api/v1/programs/" + code).then().statusCode(200).body("code", equalTo(code));
    }
}
