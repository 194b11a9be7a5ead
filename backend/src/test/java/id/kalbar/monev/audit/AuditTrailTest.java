package id.kalbar.monev.audit;

import id.kalbar.monev.support.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.CatalogueFixtures.indicator;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AuditTrailTest {

    @Test
    void everyChangeIsRecordedWithWhoWhatBeforeAndAfter() {
        Instant before = Instant.now().minusSeconds(1);
        String program = createProgram();
        String code = TestCodes.unique("I");
        api("admin").contentType(ContentType.JSON).body(indicator(code, program)).post("/api/v1/indicators")
                .then().statusCode(201);
        api("admin").contentType("application/merge-patch+json").body(Map.of("unit", "unit usaha", "name", "Nama baru"))
                .patch("/api/v1/indicators/" + code).then().statusCode(200);
        api("admin").contentType("application/merge-patch+json").body(Map.of("unit", "unit usaha"))
                .patch("/api/v1/indicators/" + code).then().statusCode(200);
        api("admin").post("/api/v1/indicators/" + code + "/retire").then().statusCode(200);
        api("admin").delete("/api/v1/indicators/" + code).then().statusCode(204);

        api("verifier").queryParam("entityType", "indicator").queryParam("entityKey", code)
                .queryParam("sort", "occurredAt")
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE", "RETIRE", "DELETE"))
                .body("items.actor", everyItem(equalTo("admin")))
                .body("items[0].changes.name.after", equalTo("Koperasi uji " + code))
                .body("items[1].changes.unit.before", equalTo("koperasi"))
                .body("items[1].changes.unit.after", equalTo("unit usaha"))
                .body("items[1].changes", not(hasKey("programCode")))
                .body("items[2].changes.active.after", equalTo(false))
                .body("items[3].changes.code.before", equalTo(code));

        api("admin").queryParam("actor", "admin").queryParam("since", before.toString())
                .queryParam("entityKey", program)
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].entityType", equalTo("program"));
    }

    @Test
    void refusedChangesLeaveNoTrace() {
        String program = createProgram();
        Map<String, Object> body = indicator(TestCodes.unique("I"), program);
        body.put("polarity", "RANGE");
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then().statusCode(400);
        api("admin").queryParam("entityKey", body.get("code")).get("/api/v1/audit-events")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyProvinceOfficersReadTheTrail() {
        api("admin").get("/api/v1/audit-events").then().statusCode(200);
        api("verifier").get("/api/v1/audit-events").then().statusCode(200);
        badInput("op-6101").get("/api/v1/audit-events").then().statusCode(403).contentType("application/problem+json");
        badInput("ministry").get("/api/v1/audit-events").then().statusCode(403);
        badInput("admin").queryParam("since", "last week").get("/api/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }
}
