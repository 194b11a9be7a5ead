package id.kalbar.monev.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static id.kalbar.monev.support.Contract.api;

/** Periods relative to today and shortcuts for targets and realizations through the API. */
public final class Reporting {

    private Reporting() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Pontianak"));
    }

    /** The quarter we are in: started, and open to operators until 15 days after it ends. */
    public static String openQuarter() {
        LocalDate today = today();
        return today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** A quarter long past its deadline. */
    public static String lockedQuarter() {
        return (today().getYear() - 2) + "Q1";
    }

    public static int lastYear() {
        return today().getYear() - 1;
    }

    public static ValidatableResponse setTarget(String indicator, String region, int year, Object value) {
        return api("admin").contentType(ContentType.JSON).body(Map.of("value", value))
                .put("/api/v1/targets/" + indicator + "/" + region + "/" + year).then();
    }

    public static ValidatableResponse save(String user, String indicator, String region, String period, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", value);
        body.put("note", "Laporan " + period);
        return api(user).contentType(ContentType.JSON).body(body)
                .put("/api/v1/realizations/" + indicator + "/" + region + "/" + period).then();
    }

    public static ValidatableResponse submit(String user, String indicator, String region, String period) {
        return api(user).post("/api/v1/realizations/" + indicator + "/" + region + "/" + period + "/submit").then();
    }

    public static ValidatableResponse verify(String user, String indicator, String region, String period) {
        return api(user).post("/api/v1/realizations/" + indicator + "/" + region + "/" + period + "/verify").then();
    }

    /** Entered and submitted by an administrator, who is not bound by deadlines. */
    public static void reported(String indicator, String region, String period, String value) {
        save("admin", indicator, region, period, new BigDecimal(value)).statusCode(201);
        submit("admin", indicator, region, period).statusCode(200);
    }
}
