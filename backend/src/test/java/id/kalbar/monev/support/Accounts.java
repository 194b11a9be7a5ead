package id.kalbar.monev.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;

import static id.kalbar.monev.support.Contract.api;

/** Accounts a test creates for itself through the API, so it never disturbs the demo accounts. */
public final class Accounts {

    /** A password that satisfies the policy; each test account gets it after the first sign-in. */
    public static final String OWN_PASSWORD = "Sungai-Kapuas-Mengalir-7";

    private Accounts() {
    }

    /** A contract-checked request carrying the token (the validator sees headers, not RestAssured's auth). */
    public static RequestSpecification bearer(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    public record Created(String username, String temporaryPassword, String etag) {
    }

    public static Created create(String prefix, String role, String regionCode) {
        String username = TestCodes.unique(prefix).toLowerCase();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Pengguna " + username);
        body.put("role", role);
        body.put("regionCode", regionCode);
        var response = api("admin").contentType(ContentType.JSON).body(body)
                .post("/api/v1/users")
                .then().statusCode(201).extract();
        return new Created(username, response.path("temporaryPassword"), response.header("ETag"));
    }

    public static String signIn(String username, String password) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** Signs in with the temporary password and replaces it; answers the new token. */
    public static String activate(Created user) {
        String temporary = signIn(user.username(), user.temporaryPassword());
        return bearer(temporary).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.temporaryPassword(), "newPassword", OWN_PASSWORD))
                .post("/api/v1/auth/password")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** A ready-to-use account of the role: created, first sign-in done, password changed. */
    public static String tokenOfNew(String prefix, String role, String regionCode) {
        return activate(create(prefix, role, regionCode));
    }
}
