package id.kalbar.monev.realization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class VerifyPeriodTest {

    private static final String REGION = "61.11";
    private static final String OPERATOR = "op-6111";

    @Test
    void verifiesWhatTheVerifierLookedAtInOneStepAuditedPerValue() {
        String program = createProgram();
        String first = createIndicator(program);
        String second = createIndicator(program);
        String draft = createIndicator(program);
        String quarter = openQuarter();
        reportAndSubmit(first, quarter, 10);
        reportAndSubmit(second, quarter, 20);
        save(OPERATOR, draft, REGION, quarter, 5).statusCode(201);

        List<Map<String, Object>> seen = look(quarter);
        Map<String, Object> request = request(quarter, seen);
        api("verifier").contentType(ContentType.JSON).body(request).post("/api/v1/realizations/verifications")
                .then().statusCode(200)
                .body("regionCode", equalTo(REGION)).body("period", equalTo(quarter))
                .body("verified", hasItems(first, second))
                .body("verified", not(hasItems(draft)));

        api("verifier").queryParam("region", REGION).queryParam("period", quarter).queryParam("program", program)
                .queryParam("sort", "indicatorCode").get("/api/v1/realizations").then().statusCode(200)
                .body("items.status", contains("VERIFIED", "VERIFIED", "DRAFT"));
        api("admin").queryParam("entityType", "realization").queryParam("entityKey", first + "/" + REGION + "/" + quarter)
                .queryParam("sort", "occurredAt").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("CREATE", "SUBMIT", "VERIFY"))
                .body("items[2].actor", equalTo("verifier"));

        // Nothing is left to verify: an empty answer, not an error.
        api("verifier").contentType(ContentType.JSON).body(Map.of("regionCode", REGION, "period", quarter))
                .post("/api/v1/realizations/verifications").then().statusCode(200)
                .body("verified", equalTo(List.of()));
    }

    @Test
    void aValueSubmittedOrChangedAfterTheLookStopsTheWholeVerification() {
        String program = createProgram();
        String seenOne = createIndicator(program);
        String late = createIndicator(program);
        String quarter = openQuarter();
        reportAndSubmit(seenOne, quarter, 7);
        List<Map<String, Object>> seen = look(quarter);

        reportAndSubmit(late, quarter, 8);
        api("verifier").contentType(ContentType.JSON).body(request(quarter, seen))
                .post("/api/v1/realizations/verifications").then().statusCode(412)
                .body("type", equalTo("urn:monev:problem:verification-stale"))
                .body("changed", equalTo(List.of(late)));
        api("verifier").get("/api/v1/realizations/" + seenOne + "/" + REGION + "/" + quarter).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        // A value seen at an older version (returned and submitted again) is not verified unseen either.
        List<Map<String, Object>> again = look(quarter);
        String path = "/api/v1/realizations/" + seenOne + "/" + REGION + "/" + quarter;
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Periksa lagi")).post(path + "/return")
                .then().statusCode(200);
        save(OPERATOR, seenOne, REGION, quarter, 9).statusCode(200);
        submit(OPERATOR, seenOne, REGION, quarter).statusCode(200);
        api("verifier").contentType(ContentType.JSON).body(request(quarter, again))
                .post("/api/v1/realizations/verifications").then().statusCode(412)
                .body("changed", hasItems(seenOne));

        api("verifier").contentType(ContentType.JSON).body(request(quarter, look(quarter)))
                .post("/api/v1/realizations/verifications").then().statusCode(200)
                .body("verified", hasItems(seenOne, late));
    }

    @Test
    void onlyVerifiersAndAdministratorsVerifyAPeriod() {
        String quarter = openQuarter();
        Map<String, Object> body = Map.of("regionCode", REGION, "period", quarter);
        api(OPERATOR).contentType(ContentType.JSON).body(body).post("/api/v1/realizations/verifications")
                .then().statusCode(403);
        api("ministry").contentType(ContentType.JSON).body(body).post("/api/v1/realizations/verifications")
                .then().statusCode(403);
        api("admin").contentType(ContentType.JSON).body(Map.of("regionCode", "61.99", "period", quarter))
                .post("/api/v1/realizations/verifications").then().statusCode(404);
        api("admin").contentType(ContentType.JSON).body(Map.of("regionCode", REGION, "period", "2025Q5"))
                .post("/api/v1/realizations/verifications").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void theQueueIsPagedAndSortedByWaitingTime() {
        String program = createProgram();
        String older = createIndicator(program);
        String newer = createIndicator(program);
        String quarter = openQuarter();
        reportAndSubmit(older, quarter, 1);
        reportAndSubmit(newer, quarter, 2);
        api("verifier").queryParam("status", "SUBMITTED").queryParam("region", REGION).queryParam("period", quarter)
                .queryParam("program", program).queryParam("sort", "submittedAt").queryParam("size", 1)
                .get("/api/v1/realizations").then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1))
                .body("items.indicatorCode", contains(older));
        api("verifier").queryParam("status", "SUBMITTED").queryParam("region", REGION).queryParam("period", quarter)
                .queryParam("program", program).queryParam("sort", "-submittedAt")
                .get("/api/v1/realizations").then().statusCode(200)
                .body("items.indicatorCode", contains(newer, older))
                .body("items.status", everyItem(equalTo("SUBMITTED")));
    }

    private static void reportAndSubmit(String indicator, String quarter, int value) {
        save(OPERATOR, indicator, REGION, quarter, value).statusCode(201);
        submit(OPERATOR, indicator, REGION, quarter).statusCode(200);
    }

    /** What the verifier sees of the region's quarter: its submitted values and their versions. */
    private static List<Map<String, Object>> look(String quarter) {
        JsonPath page = api("verifier").queryParam("region", REGION).queryParam("period", quarter)
                .queryParam("status", "SUBMITTED").queryParam("size", 500)
                .get("/api/v1/realizations").then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream()
                .map(item -> Map.<String, Object>of("indicatorCode", item.get("indicatorCode"), "version", item.get("version")))
                .toList();
    }

    private static Map<String, Object> request(String quarter, List<Map<String, Object>> seen) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", REGION);
        body.put("period", quarter);
        body.put("expected", seen);
        return body;
    }
}
