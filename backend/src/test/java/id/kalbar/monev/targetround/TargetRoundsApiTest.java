package id.kalbar.monev.targetround;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.reported;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A round for next year, end to end: proposals with suggestions and flags, review, approval into targets. */
@QuarkusTest
class TargetRoundsApiTest {

    private static ValidatableResponse propose(String user, int year, String indicator, String region, Object value) {
        return api(user).contentType(ContentType.JSON).body(Map.of("value", value, "justification", "Berdasarkan RAT"))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/" + region).then();
    }

    private static ValidatableResponse review(String user, int year, String indicator, String region, String action,
                                              Map<String, Object> body) {
        var request = api(user);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/" + region + "/" + action).then();
    }

    @Test
    void aRoundFromProposalsToApprovedTargets() {
        int year = today().getYear() + 1;
        String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
        reported(indicator, "61.01", String.valueOf(year - 3), "100");
        reported(indicator, "61.01", String.valueOf(year - 2), "120");
        reported(indicator, "61.01", String.valueOf(year - 1), "130");

        badInput("verifier").contentType(ContentType.JSON)
                .body(Map.of("year", year, "deadline", today().plusDays(10).toString()))
                .post("/api/v1/target-rounds").then().statusCode(403);
        // The demo data opens next year's round already; open it here when it is not there.
        if (api("admin").get("/api/v1/target-rounds/" + year).statusCode() == 404) {
            api("admin").contentType(ContentType.JSON).body(Map.of("year", year, "deadline", today().plusDays(10).toString()))
                    .post("/api/v1/target-rounds").then().statusCode(201).body("status", equalTo("OPEN"));
        }
        api("admin").get("/api/v1/target-rounds/" + year).then().body("status", equalTo("OPEN"));
        api("admin").contentType(ContentType.JSON).body(Map.of("year", year, "deadline", today().plusDays(10).toString()))
                .post("/api/v1/target-rounds").then().statusCode(409);
        // Other tests may propose in the same (demo) round: count this test's proposals only.
        int proposalsBefore = api("ministry").get("/api/v1/target-rounds/" + year).then().statusCode(200)
                .extract().path("proposalCount");

        propose("op-6101", year, indicator, "61.01", 125).statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("suggestedValue", equalTo(145))
                .body("suggestionBasis", containsString("Trend +15 per year"))
                .body("flags", contains("BELOW_LAST_REALIZATION"));
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("value", 1))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.02").then().statusCode(403);
        propose("verifier", year, indicator, "61", 300).statusCode(200)
                .body("suggestedValue", equalTo(145))
                .body("flags", contains("FAR_FROM_SUGGESTION"));
        propose("verifier", year, indicator, "61.02", 50).statusCode(200)
                .body("suggestedValue", nullValue())
                .body("flags", empty());

        api("ministry").get("/api/v1/target-rounds/" + year).then().statusCode(200)
                .body("proposalCount", equalTo(proposalsBefore + 3))
                .body("comparison.find { it.indicatorCode == '" + indicator + "' }.provinceValue", equalTo(300))
                .body("comparison.find { it.indicatorCode == '" + indicator + "' }.regionsValue", equalTo(175))
                .body("comparison.find { it.indicatorCode == '" + indicator + "' }.regionsProposed", equalTo(2));
        api("verifier").queryParam("flagged", "true").get("/api/v1/target-rounds/" + year + "/proposals").then()
                .statusCode(200).body("total", equalTo(2));
        api("op-6101").get("/api/v1/target-rounds/" + year + "/proposals").then()
                .statusCode(200).body("total", equalTo(1));

        badInput("admin").post("/api/v1/target-rounds/" + year + "/approve").then().statusCode(409);
        api("admin").post("/api/v1/target-rounds/" + year + "/review").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("value", 140))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.01").then().statusCode(409);

        review("verifier", year, indicator, "61.01", "accept", null).statusCode(200).body("agreedValue", equalTo(125));
        review("verifier", year, indicator, "61.02", "adjust", Map.of("value", 60, "reason", "Sesuai kapasitas"))
                .statusCode(200).body("status", equalTo("ADJUSTED")).body("agreedValue", equalTo(60));
        review("verifier", year, indicator, "61", "return", Map.of("reason", "Tidak sebanding dengan kabupaten/kota"))
                .statusCode(200).body("status", equalTo("RETURNED"));
        propose("verifier", year, indicator, "61", 185).statusCode(200).body("status", equalTo("PROPOSED"));
        review("admin", year, indicator, "61", "accept", null).statusCode(200);
        badInput("op-6101").post("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.01/accept")
                .then().statusCode(403);

        api("admin").post("/api/v1/target-rounds/" + year + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("admin"));
        api("op-6101").get("/api/v1/targets/" + indicator + "/61.01/" + year).then().statusCode(200)
                .body("value", equalTo(125)).body("status", equalTo("AGREED"));
        api("admin").get("/api/v1/targets/" + indicator + "/61.02/" + year).then().body("value", equalTo(60));
        api("admin").get("/api/v1/targets/" + indicator + "/61/" + year).then().body("value", equalTo(185));

        badInput("admin").post("/api/v1/target-rounds/" + year + "/approve").then().statusCode(409);
        propose("admin", year, indicator, "61.01", 1).statusCode(409);
        review("admin", year, indicator, "61.01", "accept", null).statusCode(409);
        badInput("verifier").contentType(ContentType.JSON).body(Map.of("value", 130))
                .put("/api/v1/targets/" + indicator + "/61.01/" + year).then().statusCode(403);
        api("admin").contentType(ContentType.JSON).body(Map.of("value", 130))
                .put("/api/v1/targets/" + indicator + "/61.01/" + year).then().statusCode(200);
        api("admin").queryParam("entityType", "target").queryParam("entityKey", indicator + "/61.01/" + year)
                .queryParam("sort", "occurredAt").get("/api/v1/audit-events").then()
                .body("items.action", contains("CREATE", "UPDATE"));
    }

    @Test
    void proposalsNeedAnOpenRoundAndAValidRegion() {
        int year = today().getYear() + 2;
        String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL", "regionAggregation", "PROVINCE_REPORTED"));
        propose("admin", year, indicator, "61", 1).statusCode(404);
        api("admin").contentType(ContentType.JSON).body(Map.of("year", year, "deadline", today().minusDays(1).toString()))
                .post("/api/v1/target-rounds").then().statusCode(201);
        propose("admin", year, indicator, "61.01", 1).statusCode(400).body("errors[0].field", equalTo("regionCode"));
        propose("admin", year, indicator, "61", 4).statusCode(200);
        String regional = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
        propose("op-6101", year, regional, "61.01", 4).statusCode(409).body("detail", containsString("deadline"));
        badInput("admin").contentType(ContentType.JSON).body(Map.of("value", "banyak"))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + regional + "/61.01").then().statusCode(400);
        badInput("admin").contentType(ContentType.JSON).body(Map.of("year", 1999, "deadline", "2026-01-01"))
                .post("/api/v1/target-rounds").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
