package id.kalbar.monev.realization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.setTarget;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

/** An operator of 61.01 reaches nothing of 61.02; the ministry reads everything and writes nothing. */
@QuarkusTest
class RegionScopeTest {

    String indicator;
    String quarter;
    int year;
    String other;

    @BeforeEach
    void dataOfAnotherRegion() {
        indicator = createIndicator(createProgram());
        quarter = openQuarter();
        year = today().getYear();
        setTarget(indicator, "61.02", year, 40).statusCode(201);
        save("op-6102", indicator, "61.02", quarter, 9).statusCode(201);
        other = "/api/v1/realizations/" + indicator + "/61.02/" + quarter;
    }

    @Test
    void operatorCannotReadAnotherRegion() {
        badInput("op-6101").queryParam("region", "61.02").get("/api/v1/targets").then().statusCode(403);
        badInput("op-6101").get("/api/v1/targets/" + indicator + "/61.02/" + year).then().statusCode(403);
        badInput("op-6101").queryParam("region", "61.02").get("/api/v1/realizations").then().statusCode(403);
        badInput("op-6101").get(other).then().statusCode(403).contentType("application/problem+json");
        badInput("op-6101").queryParam("year", year).queryParam("region", "61.02").get("/api/v1/achievements")
                .then().statusCode(403);

        api("op-6101").queryParam("indicator", indicator).get("/api/v1/targets")
                .then().statusCode(200).body("total", equalTo(0));
        api("op-6101").queryParam("size", "500").get("/api/v1/realizations")
                .then().statusCode(200).body("items.regionCode", everyItem(equalTo("61.01")));
        api("op-6101").queryParam("year", year).queryParam("indicator", indicator).get("/api/v1/achievements")
                .then().statusCode(200).body("items.regionCode", everyItem(equalTo("61.01")));
    }

    @Test
    void operatorCannotWriteAnotherRegion() {
        save("op-6101", indicator, "61.02", quarter, 1).statusCode(403);
        submit("op-6101", indicator, "61.02", quarter).statusCode(403);
        badInput("op-6101").post(other + "/verify").then().statusCode(403);
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("reason", "x")).post(other + "/return")
                .then().statusCode(403);
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("reason", "x")).post(other + "/reopen")
                .then().statusCode(403);
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("regionCode", "61.02", "period", quarter))
                .post("/api/v1/realizations/submissions").then().statusCode(403);
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("value", 1))
                .put("/api/v1/targets/" + indicator + "/61.01/" + year).then().statusCode(403);
        badInput("op-6101").contentType(ContentType.JSON).body(Map.of("value", 1))
                .put("/api/v1/targets/" + indicator + "/61.02/" + year).then().statusCode(403);

        api("op-6102").get(other).then().statusCode(200).body("value", equalTo(9)).body("status", equalTo("DRAFT"));
        api("admin").get("/api/v1/targets/" + indicator + "/61.02/" + year).then().body("value", equalTo(40));
    }

    @Test
    void ministryReadsEverythingAndWritesNothing() {
        api("ministry").get(other).then().statusCode(200);
        api("ministry").get("/api/v1/targets/" + indicator + "/61.02/" + year).then().statusCode(200);
        api("ministry").queryParam("size", "500").get("/api/v1/realizations").then().statusCode(200)
                .body("total", greaterThan(0));
        api("ministry").queryParam("year", year).get("/api/v1/achievements").then().statusCode(200);

        save("ministry", indicator, "61.02", quarter, 1).statusCode(403);
        submit("ministry", indicator, "61.02", quarter).statusCode(403);
        badInput("ministry").post(other + "/verify").then().statusCode(403);
        badInput("ministry").contentType(ContentType.JSON).body(Map.of("value", 1))
                .put("/api/v1/targets/" + indicator + "/61.02/" + year).then().statusCode(403);
        badInput("ministry").contentType(ContentType.JSON).body(Map.of("regionCode", "61.02", "period", quarter))
                .post("/api/v1/realizations/submissions").then().statusCode(403);
        api("admin").get(other).then().body("value", equalTo(9)).body("version", equalTo(0));
    }
}
