package id.kalbar.monev.comment;

import id.kalbar.monev.support.Guidance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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
import static id.kalbar.monev.support.Reporting.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CommentThreadsTest {

    @Inject
    EntityManager em;

    @Test
    void aValuesThreadIsReadByWhoeverReadsTheValueAndWrittenByAllButTheMinistry() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("op-6101", indicator, "61.01", quarter, 12).statusCode(201);
        String thread = "/api/v1/realizations/" + indicator + "/61.01/" + quarter + "/comments";

        api("verifier").contentType(ContentType.JSON)
                .body(Map.of("body", "@op-6101 @op-6102 @nobody angka turun dari triwulan lalu, mengapa?"))
                .post(thread).then().statusCode(201)
                .body("author", equalTo("verifier"))
                .body("threadType", equalTo("REALIZATION"))
                .body("mentions", contains("op-6101"));
        api("op-6101").contentType(ContentType.JSON).body(Map.of("body", "Dua koperasi dibubarkan pada RAT."))
                .post(thread).then().statusCode(201);

        api("op-6101").get(thread).then().statusCode(200).body("author", contains("verifier", "op-6101"));
        api("ministry").get(thread).then().statusCode(200).body("$", hasSize(2));
        api("admin").get(thread).then().statusCode(200).body("$", hasSize(2));
        badInput("op-6102").get(thread).then().statusCode(403);
        badInput("op-6102").contentType(ContentType.JSON).body(Map.of("body", "ikut"))
                .post(thread).then().statusCode(403);
        badInput("ministry").contentType(ContentType.JSON).body(Map.of("body", "catatan kementerian"))
                .post(thread).then().statusCode(403);
        badInput("op-6101").get("/api/v1/realizations/" + indicator + "/61.01/2001Q1/comments").then().statusCode(404);

        assertThat(inbox("op-6101", "MENTION", indicator)).hasSize(1);
        assertThat(inbox("op-6102", "MENTION", indicator)).isEmpty();
        assertThat(inbox("op-6102", "COMMENT", indicator)).isEmpty();
        assertThat(inbox("verifier", "COMMENT", indicator)).hasSize(1);
        assertThat(inbox("op-6101", "COMMENT", indicator)).isEmpty();
    }

    @Test
    void findingAndRecommendationThreadsFollowTheFindingsScope() {
        String finding = createFinding("verifier", "61.03", "Koperasi tidak aktif " + UUID.randomUUID());
        String recommendation = createRecommendation(finding, "61.03", today().plusDays(30), "Revitalisasi koperasi");
        for (String thread : new String[]{"/api/v1/findings/" + finding + "/comments",
                "/api/v1/recommendations/" + recommendation + "/comments"}) {
            api("op-6103").contentType(ContentType.JSON).body(Map.of("body", "Sudah dijadwalkan @verifier @op-6104"))
                    .post(thread).then().statusCode(201).body("mentions", contains("verifier"));
            api("ministry").get(thread).then().statusCode(200).body("$", hasSize(1));
            badInput("op-6104").get(thread).then().statusCode(403);
            badInput("ministry").contentType(ContentType.JSON).body(Map.of("body", "x")).post(thread).then().statusCode(403);
        }
        badInput("verifier").get("/api/v1/findings/" + UUID.randomUUID() + "/comments").then().statusCode(404);
        assertThat(inbox("verifier", "MENTION", finding)).hasSize(2);
        assertThat(inbox("op-6104", "MENTION", finding)).isEmpty();

        String provinceFinding = createFinding("verifier", "61", "Temuan tingkat provinsi " + UUID.randomUUID());
        api("verifier").contentType(ContentType.JSON).body(Map.of("body", "Mohon tanggapan @op-6104"))
                .post("/api/v1/findings/" + provinceFinding + "/comments").then().statusCode(201)
                .body("mentions", contains("op-6104"));
        api("op-6104").get("/api/v1/findings/" + provinceFinding + "/comments").then().statusCode(200);
    }

    @Test
    void aProposalsThreadIsTheProposingRegionsAndTheProvinces() {
        int year = Integer.parseInt(openQuarter().substring(0, 4)) + 1;
        String indicator = createIndicator(createProgram());
        api("op-6105").contentType(ContentType.JSON).body(Map.of("value", new BigDecimal("40"), "justification", "Tren naik"))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.05").then().statusCode(200);
        String thread = "/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.05/comments";
        api("verifier").contentType(ContentType.JSON).body(Map.of("body", "Bisakah dinaikkan ke 45?"))
                .post(thread).then().statusCode(201);
        api("op-6105").get(thread).then().statusCode(200).body("[0].body", equalTo("Bisakah dinaikkan ke 45?"));
        badInput("op-6106").get(thread).then().statusCode(403);
        badInput("verifier").get("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.06/comments")
                .then().statusCode(404);
        assertThat(inbox("op-6105", "COMMENT", indicator)).hasSize(1);
    }

    @Test
    void onlyTheAuthorChangesAComment_withinTheWindow_andTheHistoryIsKept() {
        String finding = createFinding("verifier", "61.08", "Laporan terlambat " + UUID.randomUUID());
        String thread = "/api/v1/findings/" + finding + "/comments";
        String id = api("op-6108").contentType(ContentType.JSON).body(Map.of("body", "Draf pertama"))
                .post(thread).then().statusCode(201).extract().path("id");

        badInput("verifier").contentType(ContentType.JSON).body(Map.of("body", "bukan milik saya"))
                .patch("/api/v1/comments/" + id).then().statusCode(403);
        api("op-6108").contentType(ContentType.JSON).body(Map.of("body", "Versi perbaikan"))
                .patch("/api/v1/comments/" + id).then().statusCode(200)
                .body("body", equalTo("Versi perbaikan")).body("revisions[0].body", equalTo("Draf pertama"));
        badInput("op-6108").contentType(ContentType.JSON).body(Map.of("body", "x")).header("If-Match", "\"0-0\"")
                .patch("/api/v1/comments/" + id).then().statusCode(412);
        badInput("verifier").delete("/api/v1/comments/" + id).then().statusCode(403);
        api("op-6108").delete("/api/v1/comments/" + id).then().statusCode(204);
        api("verifier").get(thread).then().statusCode(200)
                .body("[0].deleted", equalTo(true)).body("[0].body", nullValue()).body("[0].revisions", empty());
        badInput("op-6108").contentType(ContentType.JSON).body(Map.of("body", "lagi"))
                .patch("/api/v1/comments/" + id).then().statusCode(409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM comment_revision WHERE comment_id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult()).longValue())).isEqualTo(2);

        String late = api("op-6108").contentType(ContentType.JSON).body(Map.of("body", "Terlambat diubah"))
                .post(thread).then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE comment SET created_at = created_at - interval '16 minutes' WHERE id = ?1")
                .setParameter(1, UUID.fromString(late)).executeUpdate());
        badInput("op-6108").contentType(ContentType.JSON).body(Map.of("body", "x"))
                .patch("/api/v1/comments/" + late).then().statusCode(409);
        badInput("op-6108").delete("/api/v1/comments/" + late).then().statusCode(409);
    }

    @Test
    void badCommentsAreRefusedAndChangeNothing() {
        String finding = createFinding("verifier", "61.09", "Temuan uji " + UUID.randomUUID());
        String thread = "/api/v1/findings/" + finding + "/comments";
        badInput("op-6109").contentType(ContentType.JSON).body(Map.of("body", "bel\u0007"))
                .post(thread).then().statusCode(400).body("errors[0].field", equalTo("body"));
        badInput("op-6109").contentType(ContentType.JSON).body(Map.of("body", "   "))
                .post(thread).then().statusCode(400);
        badInput("op-6109").contentType(ContentType.JSON).body(Map.of("body", "x".repeat(2001)))
                .post(thread).then().statusCode(400);
        badInput("op-6109").contentType(ContentType.JSON).body("{\"body\": 5, \"extra\": 1}")
                .post(thread).then().statusCode(400);
        api("op-6109").get(thread).then().statusCode(200).body("$", empty());
        assertThat(Guidance.inbox("verifier", "COMMENT", finding)).isEmpty();
    }
}
