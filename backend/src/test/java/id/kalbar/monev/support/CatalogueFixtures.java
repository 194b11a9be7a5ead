package id.kalbar.monev.support;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;

import static id.kalbar.monev.support.Contract.api;

/** Valid program and indicator bodies, and helpers that create them through the API as admin. */
public final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    public static Map<String, Object> program(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Program uji " + code);
        body.put("field", "COOPERATIVE");
        body.put("authority", "SHARED");
        body.put("description", "Program untuk pengujian");
        body.put("missionAlignment", "Misi 3");
        body.put("ministryAlignment", "Akses permodalan koperasi");
        body.put("startYear", 2023);
        body.put("endYear", 2026);
        return body;
    }

    public static Map<String, Object> indicator(String code, String programCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("programCode", programCode);
        body.put("name", "Koperasi uji " + code);
        body.put("unit", "koperasi");
        body.put("measure", "NUMBER");
        body.put("polarity", "HIGHER_IS_BETTER");
        body.put("periodType", "QUARTERLY");
        body.put("timeAggregation", "SUM");
        body.put("regionAggregation", "SUM");
        body.put("baselineYear", 2022);
        body.put("baselineValue", 120.5);
        body.put("dataSource", "Laporan bidang");
        return body;
    }

    public static String createProgram() {
        String code = TestCodes.unique("P");
        api("admin").contentType(ContentType.JSON).body(program(code))
                .post("/api/v1/programs").then().statusCode(201);
        return code;
    }

    public static String createIndicator(String programCode) {
        return createIndicator(programCode, Map.of());
    }

    /** An indicator of the program with some fields changed, e.g. polarity or periodType. */
    public static String createIndicator(String programCode, Map<String, Object> overrides) {
        String code = TestCodes.unique("I");
        Map<String, Object> body = indicator(code, programCode);
        body.putAll(overrides);
        api("admin").contentType(ContentType.JSON).body(body)
                .post("/api/v1/indicators").then().statusCode(201);
        return code;
    }
}
