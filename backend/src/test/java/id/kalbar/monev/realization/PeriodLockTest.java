package id.kalbar.monev.realization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.lockedQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PeriodLockTest {

    @Test
    void afterTheDeadlineOperatorsAreLockedOutUnlessExcepted() {
        String indicator = createIndicator(createProgram());
        String locked = lockedQuarter();

        save("op-6106", indicator, "61.06", locked, 4).statusCode(409)
                .body("type", equalTo("urn:monev:problem:period-locked"))
                .body("detail", containsString(locked));
        api("op-6106").queryParam("indicator", indicator).get("/api/v1/realizations")
                .then().body("total", equalTo(0));

        // Administrators are not bound by the deadline.
        save("admin", indicator, "61.07", locked, 4).statusCode(201);

        // An exception for another region opens nothing for 61.06.
        grant("61.07", locked, today().plusDays(7).toString()).statusCode(201);
        save("op-6106", indicator, "61.06", locked, 4).statusCode(409);

        // An expired exception opens nothing either.
        grant("61.06", locked, today().minusDays(1).toString()).statusCode(201);
        save("op-6106", indicator, "61.06", locked, 4).statusCode(409);

        grant("61.06", locked, today().plusDays(7).toString()).statusCode(200);
        save("op-6106", indicator, "61.06", locked, 4).statusCode(201);
        submit("op-6106", indicator, "61.06", locked).statusCode(200);

        api("op-6106").get("/api/v1/reporting-exceptions").then().statusCode(200)
                .body("items.period", hasItem(locked))
                .body("items.regionCode", hasItem("61.06"));
        api("admin").delete("/api/v1/reporting-exceptions/61.06/" + locked).then().statusCode(204);
        api("admin").contentType(ContentType.JSON).body(Map.of("reason", "Perlu koreksi"))
                .post("/api/v1/realizations/" + indicator + "/61.06/" + locked + "/return").then().statusCode(200);
        save("op-6106", indicator, "61.06", locked, 5).statusCode(409)
                .body("type", equalTo("urn:monev:problem:period-locked"));

        api("verifier").queryParam("entityType", "reporting-exception").queryParam("entityKey", "61.06/" + locked)
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void onlyAdministratorsGrantExceptions() {
        String locked = lockedQuarter();
        for (String user : new String[] {"verifier", "op-6101", "ministry"}) {
            badInput(user).contentType(ContentType.JSON)
                    .body(Map.of("openUntil", today().plusDays(3).toString(), "reason", "Mohon dibuka"))
                    .put("/api/v1/reporting-exceptions/61.01/" + locked).then().statusCode(403);
        }
        badInput("admin").contentType(ContentType.JSON).body(Map.of("openUntil", "besok", "reason", "x"))
                .put("/api/v1/reporting-exceptions/61.01/" + locked).then().statusCode(400)
                .body("errors[0].field", equalTo("openUntil"));
        badInput("admin").contentType(ContentType.JSON).body(Map.of("openUntil", today().toString(), "reason", "x"))
                .put("/api/v1/reporting-exceptions/61.01/2025Q9").then().statusCode(400);
        badInput("op-6101").get("/api/v1/reporting-exceptions?region=61.02").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse grant(String region, String period, String openUntil) {
        return api("admin").contentType(ContentType.JSON)
                .body(Map.of("openUntil", openUntil, "reason", "Data dari bank penyalur terlambat"))
                .put("/api/v1/reporting-exceptions/" + region + "/" + period).then();
    }
}
