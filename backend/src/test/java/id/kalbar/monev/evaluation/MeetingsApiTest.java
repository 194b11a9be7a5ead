package id.kalbar.monev.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.kalbar.monev.evaluation.EvaluationFixtures.meeting;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class MeetingsApiTest {

    @Test
    void recordsAMeetingWithAttendanceAndAgreements() {
        String id = api("verifier").contentType(ContentType.JSON).body(meeting("Monev semester I 2025"))
                .post("/api/v1/meetings").then().statusCode(201)
                .body("invitedRegionCodes", contains("61.01", "61.02", "61.05"))
                .body("attendedRegionCodes", contains("61.01", "61.05"))
                .body("periods", contains("2025S1"))
                .extract().path("id");

        api("admin").contentType(ContentType.JSON)
                .body(Map.of("text", "Kabupaten memutakhirkan data koperasi aktif", "ownerLevel", "REGENCY",
                        "ownerRegionCode", "61.05", "dueDate", "2020-01-31"))
                .post("/api/v1/meetings/" + id + "/agreements").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(true));
        String etag = api("op-6101").get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("agreements", hasSize(1))
                .body("agreements[0].ownerRegionCode", equalTo("61.05"))
                .extract().header("ETag");

        Map<String, Object> edited = meeting("Monev semester I 2025 (revisi)");
        edited.put("attendedRegionCodes", List.of("61.01", "61.02", "61.05"));
        api("admin").contentType(ContentType.JSON).header("If-Match", etag).body(edited)
                .put("/api/v1/meetings/" + id).then().statusCode(200)
                .body("attendedRegionCodes", hasSize(3))
                .body("agreements", hasSize(1));
        api("admin").contentType(ContentType.JSON).header("If-Match", etag).body(edited)
                .put("/api/v1/meetings/" + id).then().statusCode(412);
        api("ministry").queryParam("year", 2025).get("/api/v1/meetings").then().statusCode(200)
                .body("items.title", hasItem("Monev semester I 2025 (revisi)"));
    }

    @Test
    void attendanceAndPeriodsAreChecked() {
        Map<String, Object> body = meeting("Rapat tanpa undangan");
        body.put("attendedRegionCodes", List.of("61.72"));
        body.put("periods", List.of("2025H1"));
        body.put("invitedRegionCodes", List.of("61.01", "61.99"));
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItems("attendedRegionCodes", "periods[0]", "invitedRegionCodes"));
        badInput("admin").contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", hasItems("date", "place", "year"));
    }

    @Test
    void agreementOwnersMatchTheirLevel() {
        String id = api("admin").contentType(ContentType.JSON).body(meeting("Rapat kesepakatan"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        api("admin").contentType(ContentType.JSON).body(Map.of("text", "x", "ownerLevel", "REGENCY"))
                .post("/api/v1/meetings/" + id + "/agreements").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerRegionCode"));
        api("admin").contentType(ContentType.JSON).body(Map.of("text", "x", "ownerLevel", "MINISTRY", "ownerRegionCode", "61.01"))
                .post("/api/v1/meetings/" + id + "/agreements").then().statusCode(400);
        api("admin").contentType(ContentType.JSON).body(Map.of("text", "Dana bergulir", "ownerLevel", "PROVINCE"))
                .post("/api/v1/meetings/" + id + "/agreements").then().statusCode(201)
                .body("ownerRegionCode", equalTo("61"));
    }

    @Test
    void onlyProvinceOfficersWriteMeetings() {
        for (String user : new String[] {"op-6101", "ministry"}) {
            badInput(user).contentType(ContentType.JSON).body(meeting("Rapat")).post("/api/v1/meetings")
                    .then().statusCode(403);
        }
        api("op-6101").get("/api/v1/meetings").then().statusCode(200);
    }

    @Test
    void demoHasTheSeptember2022MeetingInPontianak() {
        api("ministry").queryParam("year", 2022).get("/api/v1/meetings").then().statusCode(200)
                .body("items[0].date", equalTo("2022-09-22"))
                .body("items[0].place", equalTo("Pontianak"))
                .body("items[0].invitedRegionCodes", hasSize(14))
                .body("items[0].attendedRegionCodes", hasSize(13));
    }
}
