package id.kalbar.monev.realization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static id.kalbar.monev.support.Reporting.verify;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RealizationWorkflowTest {

    @Test
    void draftSubmitReturnCorrectSubmitVerifyReopen() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String path = "/api/v1/realizations/" + indicator + "/61.01/" + quarter;

        save("op-6101", indicator, "61.01", quarter, 12).statusCode(201)
                .body("status", equalTo("DRAFT")).body("value", equalTo(12));
        save("op-6101", indicator, "61.01", quarter, 14).statusCode(200)
                .body("status", equalTo("DRAFT")).body("value", equalTo(14));
        submit("op-6101", indicator, "61.01", quarter).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("op-6101"));

        save("op-6101", indicator, "61.01", quarter, 15).statusCode(409)
                .body("type", equalTo("urn:monev:problem:workflow-state"));
        submit("op-6101", indicator, "61.01", quarter).statusCode(409);

        badInput("verifier").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post(path + "/return").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Lampirkan daftar koperasi"))
                .post(path + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Lampirkan daftar koperasi"));

        save("op-6101", indicator, "61.01", quarter, 13).statusCode(200)
                .body("status", equalTo("DRAFT")).body("returnReason", equalTo("Lampirkan daftar koperasi"));
        submit("op-6101", indicator, "61.01", quarter).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("returnReason", nullValue());
        verify("verifier", indicator, "61.01", quarter).statusCode(200)
                .body("status", equalTo("VERIFIED")).body("verifiedBy", equalTo("verifier")).body("verifiedAt", notNullValue());

        save("op-6101", indicator, "61.01", quarter, 99).statusCode(409);
        save("admin", indicator, "61.01", quarter, 99).statusCode(409)
                .body("detail", containsString("reopen"));
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "x")).post(path + "/return")
                .then().statusCode(409);
        badInput("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Koreksi")).post(path + "/reopen")
                .then().statusCode(403);
        api("admin").contentType(ContentType.JSON).body(Map.of("reason", "Koreksi data RAT")).post(path + "/reopen")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("verifiedBy", nullValue());
        save("op-6101", indicator, "61.01", quarter, 16).statusCode(200).body("value", equalTo(16));

        api("admin").queryParam("entityType", "realization").queryParam("entityKey", indicator + "/61.01/" + quarter)
                .queryParam("sort", "occurredAt").get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "VERIFY",
                        "REOPEN", "UPDATE"))
                .body("items[6].actor", equalTo("verifier"));
    }

    @Test
    void operatorsCannotVerifyOrReturn() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("op-6102", indicator, "61.02", quarter, 5).statusCode(201);
        submit("op-6102", indicator, "61.02", quarter).statusCode(200);
        String path = "/api/v1/realizations/" + indicator + "/61.02/" + quarter;
        badInput("op-6102").post(path + "/verify").then().statusCode(403);
        badInput("op-6102").contentType(ContentType.JSON).body(Map.of("reason", "x")).post(path + "/return")
                .then().statusCode(403);
        badInput("ministry").post(path + "/verify").then().statusCode(403);
        api("verifier").get(path).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void submitsAWholePeriodInOneStep() {
        String program = createProgram();
        String first = createIndicator(program);
        String second = createIndicator(program);
        String quarter = openQuarter();
        save("op-6103", first, "61.03", quarter, 1).statusCode(201);
        save("op-6103", second, "61.03", quarter, 2).statusCode(201);
        api("op-6103").contentType(ContentType.JSON).body(Map.of("regionCode", "61.03", "period", quarter))
                .post("/api/v1/realizations/submissions")
                .then().statusCode(200)
                .body("submitted", hasItem(first))
                .body("submitted", hasItem(second));
        api("op-6103").queryParam("indicator", first).queryParam("period", quarter).get("/api/v1/realizations")
                .then().statusCode(200).body("items[0].status", equalTo("SUBMITTED"));
    }

    @Test
    void periodsAndRegionsMustFitTheIndicator() {
        String program = createProgram();
        String quarterly = createIndicator(program);
        int year = today().getYear();
        save("op-6101", quarterly, "61.01", String.valueOf(year), 3).statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("Q1"));
        save("op-6101", quarterly, "61.01", year + "Q7", 3).statusCode(400);
        save("admin", quarterly, "61", openQuarter(), 3).statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        save("op-6101", quarterly, "61.01", (year + 1) + "Q1", 3).statusCode(400)
                .body("errors[0].message", containsString("not started"));
        String provincial = createIndicator(program, Map.of("regionAggregation", "PROVINCE_REPORTED"));
        save("op-6101", provincial, "61.01", openQuarter(), 3).statusCode(400)
                .body("errors[0].message", containsString("province"));
        save("admin", provincial, "61", openQuarter(), 3).statusCode(201);
        save("op-6101", "NO-SUCH-INDICATOR", "61.01", openQuarter(), 3).statusCode(404);
        save("op-6101", quarterly, "61.99", openQuarter(), 3).statusCode(404);
    }

    @Test
    void badValuesAreRefusedAndChangeNothing() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String path = "/api/v1/realizations/" + indicator + "/61.04/" + quarter;
        badInput("op-6104").contentType(ContentType.JSON).body(Map.of("value", "banyak")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        badInput("op-6104").contentType(ContentType.JSON).body(Map.of("value", 3, "evidenceUrl", "javascript:alert(1)"))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("evidenceUrl"));
        badInput("op-6104").contentType(ContentType.JSON).body(Map.of("note", "tanpa nilai")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        api("op-6104").get(path).then().statusCode(404);
    }

    @Test
    void staleIfMatchOnARealizationIsRefused() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String etag = save("op-6105", indicator, "61.05", quarter, 7).statusCode(201).extract().header("ETag");
        save("op-6105", indicator, "61.05", quarter, 8).statusCode(200);
        api("op-6105").header("If-Match", etag)
                .post("/api/v1/realizations/" + indicator + "/61.05/" + quarter + "/submit")
                .then().statusCode(412);
    }
}
