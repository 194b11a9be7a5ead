package id.kalbar.monev.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.Contract.api;

/** Findings, recommendations and inbox look-ups for the tests of home pages, threads and notifications. */
public final class Guidance {

    private Guidance() {
    }

    public static String createFinding(String user, String region, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("category", "CAPITAL_ACCESS");
        body.put("severity", "HIGH");
        body.put("title", title);
        body.put("description", "Syarat administrasi pembiayaan belum terpenuhi.");
        body.put("foundOn", Reporting.today().minusDays(10).toString());
        return api(user).contentType(ContentType.JSON).body(body)
                .post("/api/v1/findings").then().statusCode(201).extract().path("id");
    }

    public static String createRecommendation(String finding, String region, LocalDate due, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("responsibleLevel", "REGENCY");
        body.put("responsibleRegionCode", region);
        body.put("dueDate", due.toString());
        return api("verifier").contentType(ContentType.JSON).body(body)
                .post("/api/v1/findings/" + finding + "/recommendations").then().statusCode(201).extract().path("id");
    }

    /** Every notification of a user (up to 500, newest first). */
    public static List<Map<String, Object>> inbox(String user) {
        return api(user).queryParam("size", 500).get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The user's notifications of a kind whose link or text mentions {@code marker}. */
    public static List<Map<String, Object>> inbox(String user, String kind, String marker) {
        return inbox(user).stream()
                .filter(n -> kind.equals(n.get("kind")))
                .filter(n -> String.valueOf(n.get("link")).contains(marker) || String.valueOf(n.get("title")).contains(marker)
                        || String.valueOf(n.get("body")).contains(marker))
                .toList();
    }

    public static JsonPath work(String user) {
        return api(user).get("/api/v1/me/work").then().statusCode(200).extract().jsonPath();
    }
}
