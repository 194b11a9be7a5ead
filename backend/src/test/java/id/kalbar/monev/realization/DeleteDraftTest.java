package id.kalbar.monev.realization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Reporting.lockedQuarter;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.verify;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DeleteDraftTest {

    @Test
    void anOperatorDeletesItsOwnDraftAuditedWithWhatItWas() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String path = "/api/v1/realizations/" + indicator + "/61.01/" + quarter;
        String stale = save("op-6101", indicator, "61.01", quarter, 12).statusCode(201).extract().header("ETag");
        String current = save("op-6101", indicator, "61.01", quarter, 13).statusCode(200).extract().header("ETag");

        api("op-6101").header("If-Match", stale).delete(path).then().statusCode(412)
                .body("type", equalTo("urn:monev:problem:stale-etag"));
        api("op-6102").delete(path).then().statusCode(403);
        api("ministry").delete(path).then().statusCode(403);
        api("verifier").delete(path).then().statusCode(403);
        api("op-6101").header("If-Match", current).delete(path).then().statusCode(204);
        api("op-6101").get(path).then().statusCode(404);
        api("op-6101").delete(path).then().statusCode(404);

        api("admin").queryParam("entityType", "realization").queryParam("entityKey", indicator + "/61.01/" + quarter)
                .queryParam("sort", "occurredAt").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE", "DELETE"))
                .body("items[2].actor", equalTo("op-6101"))
                .body("items[2].changes.value.before", equalTo(13.0f));
    }

    @Test
    void submittedAndVerifiedValuesStayReturnedOnesGo() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String path = "/api/v1/realizations/" + indicator + "/61.01/" + quarter;
        save("op-6101", indicator, "61.01", quarter, 4).statusCode(201);
        submit("op-6101", indicator, "61.01", quarter).statusCode(200);
        api("op-6101").delete(path).then().statusCode(409)
                .body("type", equalTo("urn:monev:problem:realization-not-deletable"));
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Salah indikator")).post(path + "/return")
                .then().statusCode(200);
        api("op-6101").delete(path).then().statusCode(204);

        save("op-6101", indicator, "61.01", quarter, 5).statusCode(201);
        submit("op-6101", indicator, "61.01", quarter).statusCode(200);
        verify("verifier", indicator, "61.01", quarter).statusCode(200);
        api("admin").delete(path).then().statusCode(409)
                .body("type", equalTo("urn:monev:problem:realization-not-deletable"));
    }

    @Test
    void aLockedPeriodIsClosedToOperatorsButNotToAdministrators() {
        String indicator = createIndicator(createProgram());
        String quarter = lockedQuarter();
        String path = "/api/v1/realizations/" + indicator + "/61.01/" + quarter;
        save("admin", indicator, "61.01", quarter, 3).statusCode(201);
        api("op-6101").delete(path).then().statusCode(409)
                .body("type", equalTo("urn:monev:problem:period-locked"));
        api("admin").delete(path).then().statusCode(204);
    }
}
