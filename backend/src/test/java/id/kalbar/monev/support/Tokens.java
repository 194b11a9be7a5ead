package id.kalbar.monev.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens of the demo accounts (password "demo"), obtained once per test run. */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::login);
    }

    static void forgetAll() {
        CACHE.clear();
    }

    private static String login(String username) {
        return RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "demo"))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }
}
