package id.kalbar.monev.program;

import id.kalbar.monev.support.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.CatalogueFixtures.program;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProgramsApiTest {

    @Test
    void demoCatalogueHasTheSevenPermendagriPrograms() {
        api("ministry").queryParam("q", "2.17.0").get("/api/v1/programs")
                .then().statusCode(200)
                .body("items.code", hasItems("2.17.02", "2.17.03", "2.17.04", "2.17.05", "2.17.06", "2.17.07", "2.17.08"))
                .body("items.find { it.code == '2.17.06' }.field", equalTo("COOPERATIVE"))
                .body("items.find { it.code == '2.17.07' }.field", equalTo("SME"));
    }

    @Test
    void createReadReplaceAndDelete() {
        String code = TestCodes.unique("P");
        String location = api("admin").contentType(ContentType.JSON).body(program(code))
                .post("/api/v1/programs")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/api/v1/programs/" + code));

        String etag = api("verifier").get("/api/v1/programs/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Program uji " + code))
                .body("ministryAlignment", equalTo("Akses permodalan koperasi"))
                .extract().header("ETag");

        Map<String, Object> replacement = program(code);
        replacement.put("name", "Program yang diganti");
        replacement.remove("description");
        replacement.remove("code");
        api("admin").contentType(ContentType.JSON).header("If-Match", etag).body(replacement)
                .put("/api/v1/programs/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Program yang diganti"))
                .body("description", nullValue())
                .body("version", equalTo(1))
                .header("ETag", not(equalTo(etag)));

        api("admin").delete("/api/v1/programs/" + code).then().statusCode(204);
        api("admin").get("/api/v1/programs/" + code).then().statusCode(404);
    }

    @Test
    void theNameIsStoredTrimmedAndAReplacementWithoutChangesKeepsTheVersion() {
        String code = TestCodes.unique("P");
        Map<String, Object> body = program(code);
        body.put("name", "  Program uji " + code + " ");
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/programs")
                .then().statusCode(201).body("name", equalTo("Program uji " + code));
        String etag = api("admin").get("/api/v1/programs/" + code).then().extract().header("ETag");
        api("admin").contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/programs/" + code)
                .then().statusCode(200).body("version", equalTo(0)).header("ETag", equalTo(etag));
    }

    @Test
    void ifNoneMatchGivesNotModified() {
        String code = createProgram();
        String etag = api("op-6101").get("/api/v1/programs/" + code).then().statusCode(200).extract().header("ETag");
        api("op-6101").header("If-None-Match", etag).get("/api/v1/programs/" + code).then().statusCode(304);
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = createProgram();
        api("admin").contentType(ContentType.JSON).body(program(code))
                .post("/api/v1/programs")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(code));
    }

    @Test
    void invalidProgramsAreRefusedWithFieldErrors() {
        Map<String, Object> body = program("bad code!");
        body.put("name", " ");
        body.put("startYear", 1999);
        body.remove("field");
        badInput("admin").contentType(ContentType.JSON).body(body)
                .post("/api/v1/programs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:monev:problem:validation"))
                .body("errors.field", hasItems("code", "name", "startYear", "field"));

        Map<String, Object> backwards = program(TestCodes.unique("P"));
        backwards.put("startYear", 2025);
        backwards.put("endYear", 2024);
        api("admin").contentType(ContentType.JSON).body(backwards)
                .post("/api/v1/programs")
                .then().statusCode(400)
                .body("errors.field", hasItem("endYear"));

        Map<String, Object> badEnum = program(TestCodes.unique("P"));
        badEnum.put("authority", "VILLAGE");
        badInput("admin").contentType(ContentType.JSON).body(badEnum)
                .post("/api/v1/programs")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("authority"))
                .body("errors[0].message", containsString("PROVINCE"));

        Map<String, Object> massAssignment = program(TestCodes.unique("P"));
        massAssignment.put("version", 99);
        badInput("admin").contentType(ContentType.JSON).body(massAssignment)
                .post("/api/v1/programs")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("version"));

        Map<String, Object> noCode = program(null);
        badInput("admin").contentType(ContentType.JSON).body(noCode)
                .post("/api/v1/programs")
                .then().statusCode(400)
                .body("errors.field", hasItem("code"));
    }

    @Test
    void badInputChangesNothing() {
        String code = createProgram();
        String etag = api("admin").get("/api/v1/programs/" + code).then().extract().header("ETag");
        Map<String, Object> body = program(code);
        body.put("startYear", 3000);
        badInput("admin").contentType(ContentType.JSON).body(body).put("/api/v1/programs/" + code)
                .then().statusCode(400);
        api("admin").header("If-None-Match", etag).get("/api/v1/programs/" + code).then().statusCode(304);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        String code = createProgram();
        String etag = api("admin").get("/api/v1/programs/" + code).then().extract().header("ETag");
        api("admin").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name", "Perubahan pertama"))
                .patch("/api/v1/programs/" + code).then().statusCode(200);
        api("admin").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name", "Perubahan kedua"))
                .patch("/api/v1/programs/" + code)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:monev:problem:stale-etag"));
        api("admin").header("If-Match", etag).delete("/api/v1/programs/" + code).then().statusCode(412);
        api("admin").get("/api/v1/programs/" + code).then().statusCode(200).body("name", equalTo("Perubahan pertama"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        String code = createProgram();
        api("admin").contentType("application/merge-patch+json")
                .body("{\"description\": null, \"endYear\": 2030}")
                .patch("/api/v1/programs/" + code)
                .then().statusCode(200)
                .body("description", nullValue())
                .body("endYear", equalTo(2030))
                .body("name", equalTo("Program uji " + code))
                .body("missionAlignment", equalTo("Misi 3"));
        badInput("admin").contentType("application/merge-patch+json")
                .body(Map.of("code", "OTHER"))
                .patch("/api/v1/programs/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        badInput("admin").contentType("application/merge-patch+json")
                .body(Map.of("colour", "red"))
                .patch("/api/v1/programs/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        badInput("admin").contentType("application/merge-patch+json")
                .body(Map.of("startYear", "soon"))
                .patch("/api/v1/programs/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("startYear"));
    }

    @Test
    void retiredProgramStaysReadableAndCanComeBack() {
        String code = createProgram();
        api("admin").post("/api/v1/programs/" + code + "/retire")
                .then().statusCode(200).body("active", equalTo(false));
        api("ministry").queryParam("active", "false").queryParam("size", "500").get("/api/v1/programs")
                .then().statusCode(200)
                .body("items.code", hasItem(code))
                .body("items.active", everyItem(equalTo(false)));
        api("admin").contentType("application/merge-patch+json").body(Map.of("active", true))
                .patch("/api/v1/programs/" + code)
                .then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void programWithIndicatorsCannotBeDeleted() {
        String code = createProgram();
        createIndicator(code);
        api("admin").delete("/api/v1/programs/" + code)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("retire"));
        api("admin").get("/api/v1/programs/" + code).then().statusCode(200);
    }

    @Test
    void onlyAdminWritesTheCatalogue() {
        String code = createProgram();
        for (String user : new String[] {"verifier", "ministry", "op-6101"}) {
            badInput(user).contentType(ContentType.JSON).body(program(TestCodes.unique("P")))
                    .post("/api/v1/programs").then().statusCode(403).contentType("application/problem+json");
            badInput(user).contentType(ContentType.JSON).body(program(code))
                    .put("/api/v1/programs/" + code).then().statusCode(403);
            badInput(user).contentType("application/merge-patch+json").body(Map.of("name", "x"))
                    .patch("/api/v1/programs/" + code).then().statusCode(403);
            badInput(user).post("/api/v1/programs/" + code + "/retire").then().statusCode(403);
            badInput(user).delete("/api/v1/programs/" + code).then().statusCode(403);
            api(user).get("/api/v1/programs/" + code).then().statusCode(200);
        }
        api("admin").get("/api/v1/programs/" + code).then().body("version", equalTo(0));
    }

    @Test
    void filtersSortsAndSyncsIncrementally() {
        api("admin").queryParam("field", "SME").queryParam("size", "500").get("/api/v1/programs")
                .then().statusCode(200).body("items.field", everyItem(equalTo("SME")));
        api("admin").queryParam("authority", "PROVINCE").queryParam("size", "500").get("/api/v1/programs")
                .then().statusCode(200).body("items.code", hasItem("2.17.08"));
        api("admin").queryParam("q", "simpan pinjam").get("/api/v1/programs")
                .then().statusCode(200).body("items.code", hasItem("2.17.02"));
        api("admin").queryParam("sort", "-code").queryParam("size", "1").queryParam("q", "2.17.0")
                .get("/api/v1/programs").then().statusCode(200).body("items[0].code", equalTo("2.17.08"));
        api("admin").queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/programs")
                .then().statusCode(200).body("total", equalTo(0));
        badInput("admin").queryParam("sort", "colour").get("/api/v1/programs")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        badInput("admin").queryParam("field", "FARMING").get("/api/v1/programs")
                .then().statusCode(400).body("errors[0].field", equalTo("field"));
        badInput("admin").queryParam("active", "maybe").get("/api/v1/programs")
                .then().statusCode(400).body("errors[0].field", equalTo("active"));
    }
}
