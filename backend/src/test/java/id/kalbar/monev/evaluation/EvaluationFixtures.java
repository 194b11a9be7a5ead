package id.kalbar.monev.evaluation;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.Contract.api;

/** Meetings, findings and recommendations created through the API. */
final class EvaluationFixtures {

    private EvaluationFixtures() {
    }

    static Map<String, Object> meeting(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("date", "2025-09-18");
        body.put("place", "Pontianak");
        body.put("year", 2025);
        body.put("periods", List.of("2025S1"));
        body.put("invitedRegionCodes", List.of("61.01", "61.02", "61.05"));
        body.put("attendedRegionCodes", List.of("61.01", "61.05"));
        body.put("minutes", "Pembahasan capaian semester I.");
        return body;
    }

    static Map<String, Object> finding(String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("programCode", "2.17.06");
        body.put("indicatorCode", "2.17.06.01");
        body.put("category", "CAPITAL_ACCESS");
        body.put("severity", "HIGH");
        body.put("title", "Koperasi belum memperoleh pembiayaan");
        body.put("description", "Syarat administrasi LPDB belum terpenuhi.");
        body.put("foundOn", "2025-09-18");
        return body;
    }

    static String createFinding(String user, String region) {
        return api(user).contentType(ContentType.JSON).body(finding(region))
                .post("/api/v1/findings").then().statusCode(201).extract().path("id");
    }

    static String createRecommendation(String finding, String level, String region, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Pendampingan penyusunan proposal pembiayaan");
        body.put("responsibleLevel", level);
        body.put("responsibleRegionCode", region);
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        return api("verifier").contentType(ContentType.JSON).body(body)
                .post("/api/v1/findings/" + finding + "/recommendations").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> followUp(String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("description", "Pendampingan dilaksanakan");
        body.put("status", status);
        return body;
    }
}
