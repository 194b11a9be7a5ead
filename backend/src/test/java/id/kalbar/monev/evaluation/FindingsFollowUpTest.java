package id.kalbar.monev.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static id.kalbar.monev.evaluation.EvaluationFixtures.createFinding;
import static id.kalbar.monev.evaluation.EvaluationFixtures.createRecommendation;
import static id.kalbar.monev.evaluation.EvaluationFixtures.finding;
import static id.kalbar.monev.evaluation.EvaluationFixtures.followUp;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class FindingsFollowUpTest {

    @Test
    void followUpsMoveRecommendationsAndCloseTheFinding() {
        String finding = createFinding("verifier", "61.05");
        String recommendation = createRecommendation(finding, "REGENCY", "61.05", null);
        api("op-6105").get("/api/v1/recommendations/" + recommendation).then().statusCode(200)
                .body("dueDate", equalTo("2025-11-17"))
                .body("status", equalTo("NOT_ACTED"));

        api("op-6105").contentType(ContentType.JSON).body(followUp("IN_PROGRESS"))
                .post("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS")).body("createdBy", equalTo("op-6105"));
        api("op-6105").get("/api/v1/findings/" + finding).then().body("status", equalTo("OPEN"));

        api("op-6105").contentType(ContentType.JSON).body(followUp("DONE"))
                .post("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(201);
        api("op-6105").get("/api/v1/findings/" + finding).then()
                .body("status", equalTo("CLOSED")).body("overdue", equalTo(false));
        api("op-6105").get("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(200)
                .body("status", contains("IN_PROGRESS", "DONE"));

        // A new recommendation reopens the finding.
        createRecommendation(finding, "PROVINCE", null, LocalDate.now().plusDays(30));
        api("verifier").get("/api/v1/findings/" + finding).then()
                .body("status", equalTo("OPEN")).body("recommendationCount", equalTo(2));

        api("admin").queryParam("entityKey", recommendation).queryParam("sort", "occurredAt")
                .get("/api/v1/audit-events").then()
                .body("items.action", contains("CREATE", "UPDATE", "UPDATE"))
                .body("items[2].changes.status.after", equalTo("DONE"));
    }

    @Test
    void cannotActNeedsAReason() {
        String finding = createFinding("verifier", "61.05");
        api("verifier").contentType(ContentType.JSON)
                .body(Map.of("text", "Tambah formasi", "responsibleLevel", "PROVINCE", "status", "CANNOT_ACT"))
                .post("/api/v1/findings/" + finding + "/recommendations").then().statusCode(400)
                .body("errors[0].field", equalTo("statusReason"));
        String recommendation = createRecommendation(finding, "PROVINCE", null, null);
        api("verifier").contentType(ContentType.JSON).body(followUp("CANNOT_ACT"))
                .post("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(400)
                .body("errors[0].field", equalTo("statusReason"));
        Map<String, Object> withReason = followUp("CANNOT_ACT");
        withReason.put("statusReason", "Kewenangan pemerintah pusat");
        api("verifier").contentType(ContentType.JSON).body(withReason)
                .post("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(201);
        api("verifier").get("/api/v1/findings/" + finding).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void overdueIsComputedFromDueDateAndStatus() {
        String late = createFinding("verifier", "61.08");
        String lateRec = createRecommendation(late, "REGENCY", "61.08", LocalDate.now().minusDays(1));
        String onTime = createFinding("verifier", "61.08");
        createRecommendation(onTime, "REGENCY", "61.08", LocalDate.now().plusDays(10));

        api("verifier").get("/api/v1/recommendations/" + lateRec).then().body("overdue", equalTo(true));
        api("verifier").queryParam("overdue", "true").queryParam("region", "61.08").queryParam("size", "500")
                .get("/api/v1/findings").then().statusCode(200)
                .body("items.id", hasItem(late))
                .body("items.id", not(hasItem(onTime)))
                .body("items.overdue", everyItem(equalTo(true)));
        api("verifier").contentType(ContentType.JSON).body(followUp("DONE"))
                .post("/api/v1/recommendations/" + lateRec + "/follow-ups").then().statusCode(201);
        api("verifier").get("/api/v1/recommendations/" + lateRec).then().body("overdue", equalTo(false));
    }

    @Test
    void operatorsStayWithinTheirRegion() {
        String other = createFinding("verifier", "61.02");
        String otherRec = createRecommendation(other, "REGENCY", "61.02", null);
        String provinceWide = createFinding("verifier", "61");
        String addressedToUs = createRecommendation(provinceWide, "REGENCY", "61.01", null);
        String addressedToOthers = createRecommendation(provinceWide, "REGENCY", "61.03", null);

        badInput("op-6101").get("/api/v1/findings/" + other).then().statusCode(403);
        badInput("op-6101").get("/api/v1/findings/" + other + "/recommendations").then().statusCode(403);
        badInput("op-6101").get("/api/v1/recommendations/" + otherRec).then().statusCode(403);
        badInput("op-6101").queryParam("region", "61.02").get("/api/v1/findings").then().statusCode(403);
        api("op-6101").queryParam("size", "500").get("/api/v1/findings").then().statusCode(200)
                .body("items.regionCode", everyItem(in(new String[] {"61.01", "61"})))
                .body("items.id", hasItem(provinceWide));

        badInput("op-6101").contentType(ContentType.JSON).body(finding("61.02")).post("/api/v1/findings")
                .then().statusCode(403);
        api("op-6101").contentType(ContentType.JSON).body(finding("61.01")).post("/api/v1/findings")
                .then().statusCode(201).body("createdBy", equalTo("op-6101"));
        badInput("op-6101").contentType(ContentType.JSON).body(followUp("DONE"))
                .post("/api/v1/recommendations/" + otherRec + "/follow-ups").then().statusCode(403);
        badInput("op-6101").contentType(ContentType.JSON).body(followUp("DONE"))
                .post("/api/v1/recommendations/" + addressedToOthers + "/follow-ups").then().statusCode(403);
        api("op-6101").contentType(ContentType.JSON).body(followUp("IN_PROGRESS"))
                .post("/api/v1/recommendations/" + addressedToUs + "/follow-ups").then().statusCode(201);
        badInput("op-6101").contentType(ContentType.JSON)
                .body(Map.of("text", "x", "responsibleLevel", "PROVINCE"))
                .post("/api/v1/findings/" + provinceWide + "/recommendations").then().statusCode(403);

        api("ministry").get("/api/v1/findings/" + other).then().statusCode(200);
        badInput("ministry").contentType(ContentType.JSON).body(finding("61.02")).post("/api/v1/findings")
                .then().statusCode(403);
        badInput("ministry").contentType(ContentType.JSON).body(followUp("DONE"))
                .post("/api/v1/recommendations/" + otherRec + "/follow-ups").then().statusCode(403);
    }

    @Test
    void findingInputIsChecked() {
        Map<String, Object> body = finding("61.05");
        body.put("indicatorCode", "2.17.07.01");
        body.put("foundOn", LocalDate.now().plusDays(3).toString());
        body.put("category", "WEATHER");
        badInput("verifier").contentType(ContentType.JSON).body(body).post("/api/v1/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        body.put("category", "OTHER");
        body.put("title", "");
        badInput("verifier").contentType(ContentType.JSON).body(body).post("/api/v1/findings").then().statusCode(400)
                .body("errors.field", contains("foundOn", "indicatorCode", "title"));
        String recommendation = createRecommendation(createFinding("verifier", "61.05"), "PROVINCE", null, null);
        Map<String, Object> future = followUp("DONE");
        future.put("date", LocalDate.now().plusDays(2).toString());
        future.put("evidenceUrl", "ftp://server/file");
        future.put("status", "CANNOT_ACT");
        badInput("verifier").contentType(ContentType.JSON).body(future)
                .post("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(400)
                .body("errors.field", contains("date", "evidenceUrl", "statusReason"));
    }

    @Test
    void summaryCountsByRegionCategoryStatusAndOverdue() {
        api("ministry").queryParam("year", 2022).get("/api/v1/evaluation-summary").then().statusCode(200)
                .body("totals.findings", equalTo(5))
                .body("totals.closedFindings", equalTo(2))
                .body("totals.overdueRecommendations", equalTo(3))
                .body("recommendationsByStatus.find { it.status == 'CANNOT_ACT' }.count", equalTo(1))
                .body("byCategory.find { it.category == 'CAPITAL_ACCESS' }.counts.findings", equalTo(3));
        api("op-6106").queryParam("year", 2022).get("/api/v1/evaluation-summary").then().statusCode(200)
                .body("byRegion.regionCode", everyItem(in(new String[] {"61.06", "61"})));
        badInput("admin").queryParam("meeting", "not-an-id").get("/api/v1/evaluation-summary").then().statusCode(400);
    }
}
