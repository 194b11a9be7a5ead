package id.kalbar.monev.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.evaluation.EvaluationFixtures.meeting;
import static id.kalbar.monev.support.Contract.api;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AgreementReadTest {

    @Test
    void anAgreementIsReadWithItsETagAndEditedOnlyAtThatVersion() {
        String meeting = api("verifier").contentType(ContentType.JSON).body(meeting("Rapat kesepakatan"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        Map<String, Object> agreement = Map.of("text", "Provinsi menyusun juknis", "ownerLevel", "PROVINCE");
        String id = api("verifier").contentType(ContentType.JSON).body(agreement)
                .post("/api/v1/meetings/" + meeting + "/agreements").then().statusCode(201).extract().path("id");

        String etag = api("op-6105").get("/api/v1/agreements/" + id).then().statusCode(200)
                .body("text", equalTo("Provinsi menyusun juknis")).body("meetingId", equalTo(meeting))
                .extract().header("ETag");
        api("ministry").header("If-None-Match", etag).get("/api/v1/agreements/" + id).then().statusCode(304);

        Map<String, Object> done = Map.of("text", "Provinsi menyusun juknis", "ownerLevel", "PROVINCE", "status", "DONE");
        String next = api("verifier").contentType(ContentType.JSON).header("If-Match", etag).body(done)
                .put("/api/v1/agreements/" + id).then().statusCode(200).body("status", equalTo("DONE"))
                .extract().header("ETag");
        api("verifier").contentType(ContentType.JSON).header("If-Match", etag).body(done)
                .put("/api/v1/agreements/" + id).then().statusCode(412);
        api("verifier").header("If-Match", etag).delete("/api/v1/agreements/" + id).then().statusCode(412);
        api("op-6105").header("If-Match", next).delete("/api/v1/agreements/" + id).then().statusCode(403);
        api("verifier").header("If-Match", next).delete("/api/v1/agreements/" + id).then().statusCode(204);
        api("verifier").get("/api/v1/agreements/" + id).then().statusCode(404);
    }
}
