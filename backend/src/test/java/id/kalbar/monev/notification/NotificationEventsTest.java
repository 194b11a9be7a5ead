package id.kalbar.monev.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Guidance.createFinding;
import static id.kalbar.monev.support.Guidance.createRecommendation;
import static id.kalbar.monev.support.Guidance.inbox;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static id.kalbar.monev.support.Reporting.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class NotificationEventsTest {

    @Test
    void aReturnedAndAVerifiedValueTellTheRegionsOperators() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String path = "/api/v1/realizations/" + indicator + "/61.11/" + quarter;
        save("op-6111", indicator, "61.11", quarter, 9).statusCode(201);
        submit("op-6111", indicator, "61.11", quarter).statusCode(200);
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Sertakan bukti dukung"))
                .post(path + "/return").then().statusCode(200);

        List<Map<String, Object>> returned = inbox("op-6111", "VALUE_RETURNED", indicator);
        assertThat(returned).hasSize(1);
        assertThat((String) returned.get(0).get("body")).contains("Sertakan bukti dukung");
        assertThat((String) returned.get(0).get("link")).contains("period=" + quarter).contains("indicator=" + indicator);
        assertThat(inbox("op-6112", "VALUE_RETURNED", indicator)).isEmpty();
        assertThat(inbox("verifier", "VALUE_RETURNED", indicator)).isEmpty();

        submit("op-6111", indicator, "61.11", quarter).statusCode(200);
        verify("verifier", indicator, "61.11", quarter).statusCode(200);
        assertThat(inbox("op-6111", "VALUE_VERIFIED", indicator)).hasSize(1);
    }

    @Test
    void theInboxIsEachUsersOwn_countedAndMarkedRead() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("op-6112", indicator, "61.12", quarter, 1).statusCode(201);
        submit("op-6112", indicator, "61.12", quarter).statusCode(200);
        verify("verifier", indicator, "61.12", quarter).statusCode(200);

        api("op-6112").get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", greaterThan(0));
        String id = (String) inbox("op-6112", "VALUE_VERIFIED", indicator).get(0).get("id");
        api("op-6112").queryParam("unreadOnly", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.readAt", equalTo(null));
        badInput("op-6111").post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        api("op-6112").post("/api/v1/notifications/" + id + "/read").then().statusCode(200).body("readAt", notNullValue());
        JsonPath unread = api("op-6112").queryParam("unreadOnly", true).queryParam("size", 500)
                .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
        assertThat(unread.getList("items.id")).doesNotContain(id);
        api("op-6112").post("/api/v1/notifications/read-all").then().statusCode(200).body("unread", equalTo(0));
        api("op-6112").get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
        badInput("op-6112").queryParam("unreadOnly", "maybe").get("/api/v1/notifications").then().statusCode(400);
        badInput().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void recommendationsAndFollowUpsTellTheRegionAndTheVerifiers() {
        String finding = createFinding("verifier", "61.71", "Sertifikasi produk UMKM " + UUID.randomUUID());
        String recommendation = createRecommendation(finding, "61.71", today().plusDays(45), "Fasilitasi sertifikasi halal");
        assertThat(inbox("op-6171", "RECOMMENDATION_ASSIGNED", recommendation)).hasSize(1);
        assertThat(inbox("op-6172", "RECOMMENDATION_ASSIGNED", recommendation)).isEmpty();

        Map<String, Object> followUp = new HashMap<>();
        followUp.put("date", today().toString());
        followUp.put("description", "Pelatihan sertifikasi dilaksanakan");
        followUp.put("status", "IN_PROGRESS");
        api("op-6171").contentType(ContentType.JSON).body(followUp)
                .post("/api/v1/recommendations/" + recommendation + "/follow-ups").then().statusCode(201);
        assertThat(inbox("verifier", "FOLLOW_UP_ADDED", recommendation)).hasSize(1);
        assertThat(inbox("op-6171", "FOLLOW_UP_ADDED", recommendation)).isEmpty();
    }

    @Test
    void aRoundOpenedAndAProposalReviewedTellTheOperators() {
        int year = 2085;
        api("admin").contentType(ContentType.JSON).body(Map.of("year", year, "deadline", today().plusDays(20).toString()))
                .post("/api/v1/target-rounds").then().statusCode(201);
        assertThat(inbox("op-6172", "TARGET_ROUND_OPENED", "/target-rounds/" + year)).hasSize(1);
        assertThat(inbox("admin", "TARGET_ROUND_OPENED", "/target-rounds/" + year)).isEmpty();

        String indicator = createIndicator(createProgram());
        api("op-6172").contentType(ContentType.JSON).body(Map.of("value", new BigDecimal("12")))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.72").then().statusCode(200);
        api("verifier").contentType(ContentType.JSON).body(Map.of("value", new BigDecimal("15"), "reason", "Sesuai tren"))
                .post("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.72/adjust").then().statusCode(200);
        List<Map<String, Object>> reviewed = inbox("op-6172", "PROPOSAL_REVIEWED", indicator);
        assertThat(reviewed).hasSize(1);
        assertThat((String) reviewed.get(0).get("title")).contains("disesuaikan menjadi 15");
    }

    @Test
    void aFinishedBackgroundLoadTellsWhoStartedIt() throws InterruptedException {
        String indicator = createIndicator(createProgram());
        String csv = "indicator,region,period,value\n" + indicator + ",61.06," + openQuarter() + ",4\n";
        String location = api("op-6106").contentType("text/csv").body(csv)
                .post("/api/v1/imports/realizations?async=true").then().statusCode(202).extract().header("Location");
        String job = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0; i < 100; i++) {
            String status = api("op-6106").get(location).then().statusCode(200).extract().path("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(inbox("op-6106", "IMPORT_FINISHED", job)).hasSize(1);
        assertThat(inbox("admin", "IMPORT_FINISHED", job)).isEmpty();
    }
}
