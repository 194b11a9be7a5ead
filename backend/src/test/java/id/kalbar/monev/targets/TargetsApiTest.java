package id.kalbar.monev.targets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.setTarget;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class TargetsApiTest {

    @Test
    void setsATargetWithAQuarterlyBreakdownAndReplacesIt() {
        String indicator = createIndicator(createProgram());
        String path = "/api/v1/targets/" + indicator + "/61.71/2026";
        String etag = api("verifier").contentType(ContentType.JSON)
                .body(Map.of("value", 100, "breakdown", List.of(
                        Map.of("period", "2026Q1", "value", 20), Map.of("period", "2026Q2", "value", 25),
                        Map.of("period", "2026Q3", "value", 25), Map.of("period", "2026Q4", "value", 30))))
                .put(path).then().statusCode(201)
                .body("status", equalTo("AGREED"))
                .body("breakdown.period", contains("2026Q1", "2026Q2", "2026Q3", "2026Q4"))
                .extract().header("ETag");

        api("admin").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("value", 120, "status", "PROPOSED", "breakdown", List.of(
                        Map.of("period", "2026Q1", "value", 30), Map.of("period", "2026Q2", "value", 90))))
                .put(path).then().statusCode(200)
                .body("value", equalTo(120))
                .body("status", equalTo("PROPOSED"))
                .body("breakdown", hasSize(2))
                .body("breakdown[0].value", equalTo(30));
        api("admin").contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("value", 1))
                .put(path).then().statusCode(412);
        api("op-6171").get(path).then().statusCode(200).body("value", equalTo(120));
        api("admin").queryParam("indicator", indicator).get("/api/v1/targets")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void breakdownMustUseTheIndicatorsPeriods() {
        String quarterly = createIndicator(createProgram());
        String path = "/api/v1/targets/" + quarterly + "/61.01/2026";
        badInput("admin").contentType(ContentType.JSON)
                .body(Map.of("value", 10, "breakdown", List.of(Map.of("period", "2026-01", "value", 1))))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("breakdown[0].period"));
        badInput("admin").contentType(ContentType.JSON)
                .body(Map.of("value", 10, "breakdown", List.of(Map.of("period", "2025Q1", "value", 1))))
                .put(path).then().statusCode(400);
        badInput("admin").contentType(ContentType.JSON)
                .body(Map.of("value", 10, "breakdown", List.of(
                        Map.of("period", "2026Q1", "value", 1), Map.of("period", "2026Q1", "value", 2))))
                .put(path).then().statusCode(400).body("errors[0].message", equalTo("appears twice"));
        String annual = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
        badInput("admin").contentType(ContentType.JSON)
                .body(Map.of("value", 10, "breakdown", List.of(Map.of("period", "2026", "value", 1))))
                .put("/api/v1/targets/" + annual + "/61.01/2026").then().statusCode(400)
                .body("errors[0].field", equalTo("breakdown"));
        badInput("admin").contentType(ContentType.JSON).body(Map.of("value", 10))
                .put("/api/v1/targets/" + annual + "/61.01/20x6").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        api("admin").get(path).then().statusCode(404);
    }

    @Test
    void provinceReportedIndicatorsHaveProvinceTargetsOnly() {
        String provincial = createIndicator(createProgram(), Map.of("regionAggregation", "PROVINCE_REPORTED"));
        setTarget(provincial, "61.01", 2026, 5).statusCode(400).body("errors[0].field", equalTo("regionCode"));
        setTarget(provincial, "61", 2026, 5).statusCode(201);
        String regional = createIndicator(createProgram());
        setTarget(regional, "61", 2026, 50).statusCode(201);
        setTarget(regional, "61.99", 2026, 50).statusCode(404);
    }

    @Test
    void onlyProvinceOfficersSetTargets() {
        String indicator = createIndicator(createProgram());
        for (String user : new String[] {"op-6101", "ministry"}) {
            badInput(user).contentType(ContentType.JSON).body(Map.of("value", 5))
                    .put("/api/v1/targets/" + indicator + "/61.01/2026").then().statusCode(403);
        }
        api("admin").get("/api/v1/targets/" + indicator + "/61.01/2026").then().statusCode(404);
    }
}
