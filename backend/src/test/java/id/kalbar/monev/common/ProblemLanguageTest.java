package id.kalbar.monev.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ProblemLanguageTest {

    @Test
    void aRegionScopeRefusalSpeaksTheLanguageAskedForEnglishWhenNeitherIsAsked() {
        api("op-6101").header("Accept-Language", "en").queryParam("region", "61.02").get("/api/v1/realizations")
                .then().statusCode(403)
                .header("Content-Language", "en")
                .body("type", equalTo("urn:monev:problem:region-not-allowed"))
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("This account works only with the data within its region (61.01)"));
        api("op-6101").header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8").queryParam("region", "61.02")
                .get("/api/v1/realizations").then().statusCode(403)
                .header("Content-Language", "id")
                .body("type", equalTo("urn:monev:problem:region-not-allowed"))
                .body("title", equalTo("Tidak diizinkan"))
                .body("detail", equalTo("Akun ini hanya dapat mengelola data dalam wilayahnya (61.01)"));
        api("op-6101").header("Accept-Language", "fr-FR").queryParam("region", "61.02").get("/api/v1/realizations")
                .then().statusCode(403)
                .body("detail", equalTo("This account works only with the data within its region (61.01)"));
        api("op-6101").queryParam("region", "61.02").get("/api/v1/realizations").then().statusCode(403)
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void validationProblemsTranslateEachFieldMessage() {
        Map<String, Object> body = Map.of("title", " ", "date", "2025-09-18", "place", "Pontianak", "year", 2025);
        badInput("admin").header("Accept-Language", "en").contentType(ContentType.JSON).body(body).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("type", equalTo("urn:monev:problem:validation"))
                .body("title", equalTo("Invalid request"))
                .body("errors.message", hasItem("must not be blank"));
        badInput("admin").header("Accept-Language", "id").contentType(ContentType.JSON).body(body).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("title", equalTo("Permintaan tidak valid"))
                .body("errors.message", hasItem("wajib diisi"));
        badInput("admin").header("Accept-Language", "id").queryParam("period", "2025Q5").get("/api/v1/realizations")
                .then().statusCode(400)
                .body("detail", equalTo("period: harus berbentuk seperti 2025, 2025S1, 2025Q3 atau 2025-07"));
        badInput("admin").header("Accept-Language", "en").queryParam("period", "2025Q5").get("/api/v1/realizations")
                .then().statusCode(400)
                .body("detail", equalTo("period: must look like 2025, 2025S1, 2025Q3 or 2025-07"));
    }

    @Test
    void notFoundNamesTheRecordInTheLanguage() {
        String id = UUID.randomUUID().toString();
        api("admin").header("Accept-Language", "en").get("/api/v1/meetings/" + id).then().statusCode(404)
                .body("type", equalTo("urn:monev:problem:not-found"))
                .body("detail", equalTo("Meeting '" + id + "' does not exist"));
        api("admin").header("Accept-Language", "id").get("/api/v1/meetings/" + id).then().statusCode(404)
                .body("title", equalTo("Tidak ditemukan"))
                .body("detail", equalTo("Rapat '" + id + "' tidak ada"));
    }

    @Test
    void signInAndTokenProblemsAreTranslated() {
        badInput().header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "salah")).post("/api/v1/auth/token")
                .then().statusCode(401)
                .body("type", equalTo("urn:monev:problem:bad-credentials"))
                .body("detail", equalTo("Nama pengguna tidak dikenal atau kata sandi salah"));
        badInput().header("Accept-Language", "en").get("/api/v1/meetings").then().statusCode(401)
                .body("type", equalTo("urn:monev:problem:token-required"))
                .body("detail", equalTo("A valid bearer token is required"));
        badInput().header("Accept-Language", "id").get("/api/v1/meetings").then().statusCode(401)
                .body("title", equalTo("Belum masuk"));
    }

    @Test
    void roleRefusalsAndWrongMediaTypesToo() {
        badInput("ministry").header("Accept-Language", "id").contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post("/api/v1/meetings").then().statusCode(403)
                .body("title", equalTo("Tidak diizinkan"));
        badInput("admin").header("Accept-Language", "id").contentType(ContentType.TEXT).body("x")
                .post("/api/v1/meetings").then().statusCode(415)
                .body("type", equalTo("urn:monev:problem:unsupported-media-type"))
                .body("title", equalTo("Jenis isi tidak didukung"));
    }
}
