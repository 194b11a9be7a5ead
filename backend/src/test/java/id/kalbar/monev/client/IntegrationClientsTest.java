package id.kalbar.monev.client;

import id.kalbar.monev.support.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static id.kalbar.monev.support.Accounts.bearer;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class IntegrationClientsTest {

    record Credentials(String clientId, String secret) {
    }

    static Credentials create(String role, String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Klien " + role + " " + System.nanoTime());
        body.put("role", role);
        body.put("regionCode", regionCode);
        ExtractableResponse<Response> created = api("admin").contentType(ContentType.JSON).body(body)
                .post("/api/v1/clients")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("client.role", equalTo(role))
                .body("client.active", equalTo(true))
                .extract();
        return new Credentials(created.path("client.clientId"), created.path("clientSecret"));
    }

    static io.restassured.response.ValidatableResponse tokenWithForm(String clientId, String secret) {
        return badInput().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token").then();
    }

    /** The form as a body, so that the contract validator sees and checks it. */
    static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    static String token(Credentials client) {
        return api().contentType(ContentType.URLENC)
                .body(form("grant_type", "client_credentials", "client_id", client.clientId(),
                        "client_secret", client.secret()))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .extract().path("accessToken");
    }

    @Test
    void aMinistryClientReadsEverythingAndWritesNothing() {
        Credentials client = create("MINISTRY", null);
        String token = token(client);
        bearer(token).get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("username", equalTo(client.clientId()))
                .body("kind", equalTo("CLIENT"))
                .body("role", equalTo("MINISTRY"));
        bearer(token).get("/api/v1/regions").then().statusCode(200);
        bearer(token).queryParam("region", "61.72").get("/api/v1/realizations").then().statusCode(200);
        badInput().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", "9.99.99", "name", "X", "field", "SME", "authority", "PROVINCE", "startYear", 2025))
                .post("/api/v1/programs")
                .then().statusCode(403).contentType("application/problem+json");
        // A client has no password to change.
        badInput().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "whatever-it-is", "newPassword", "Sungai-Kapuas-Mengalir-7"))
                .post("/api/v1/auth/password").then().statusCode(403);
    }

    @Test
    void anOperatorClientUsesHttpBasicAndStaysInItsRegion() {
        Credentials client = create("OPERATOR", "61.71");
        String token = api().auth().preemptive().basic(client.clientId(), client.secret())
                .contentType(ContentType.URLENC).body(form("grant_type", "client_credentials"))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
        bearer(token).queryParam("region", "61.71").get("/api/v1/realizations").then().statusCode(200);
        badInput().auth().oauth2(token).queryParam("region", "61.72").get("/api/v1/realizations")
                .then().statusCode(403).contentType("application/problem+json");
        badInput().auth().oauth2(token).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void aRotatedSecretKeepsWorkingForTheOverlapOnly() {
        MovableClock clock = MovableClock.install();
        Credentials client = create("MINISTRY", null);
        ExtractableResponse<Response> rotated = api("admin")
                .post("/api/v1/clients/{id}/secret-rotation", client.clientId())
                .then().statusCode(200)
                .body("client.previousSecretExpiresAt", notNullValue())
                .extract();
        Credentials renewed = new Credentials(client.clientId(), rotated.path("clientSecret"));

        token(client);
        token(renewed);
        clock.advance(Duration.ofHours(23));
        token(client);
        clock.advance(Duration.ofHours(2));
        tokenWithForm(client.clientId(), client.secret())
                .statusCode(401).contentType(ContentType.JSON).body("error", equalTo("invalid_client"));
        token(renewed);
    }

    @Test
    void aRevokedClientLosesItsTokensAtOnce() {
        Credentials client = create("OPERATOR", "61.02");
        String token = token(client);
        bearer(token).get("/api/v1/regions").then().statusCode(200);
        api("admin").delete("/api/v1/clients/{id}", client.clientId()).then().statusCode(204);
        badInput().auth().oauth2(token).get("/api/v1/regions").then().statusCode(401);
        tokenWithForm(client.clientId(), client.secret()).statusCode(401).body("error", equalTo("invalid_client"));
        api("admin").get("/api/v1/clients/{id}", client.clientId())
                .then().statusCode(200).body("active", equalTo(false)).body("revokedAt", notNullValue());
        api("admin").queryParam("active", "false").queryParam("q", client.clientId()).get("/api/v1/clients")
                .then().statusCode(200).body("items.clientId", hasItem(client.clientId()));
    }

    @Test
    void grantErrorsFollowOAuth() {
        Credentials client = create("MINISTRY", null);
        tokenWithForm(client.clientId(), "wrong-secret")
                .statusCode(401).header("WWW-Authenticate", startsWith("Basic")).body("error", equalTo("invalid_client"));
        tokenWithForm("cl-unknown", client.secret()).statusCode(401).body("error", equalTo("invalid_client"));
        badInput().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", "admin").formParam("password", "demo")
                .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        badInput().contentType(ContentType.URLENC).formParam("client_id", client.clientId())
                .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
        badInput().auth().preemptive().basic(client.clientId(), client.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId()).formParam("client_secret", client.secret())
                .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void clientsHaveAMinistryOrOperatorRoleOnly() {
        badInput("admin").contentType(ContentType.JSON).body(Map.of("name", "Salah", "role", "ADMIN"))
                .post("/api/v1/clients").then().statusCode(400).body("errors.field", hasItem("role"));
        badInput("admin").contentType(ContentType.JSON).body(Map.of("name", "Tanpa wilayah", "role", "OPERATOR"))
                .post("/api/v1/clients").then().statusCode(400).body("errors.field", hasItem("regionCode"));
        badInput("admin").contentType(ContentType.JSON).body(Map.of("name", "Kementerian", "role", "MINISTRY", "regionCode", "61.71"))
                .post("/api/v1/clients").then().statusCode(400).body("errors.field", hasItem("regionCode"));
    }

    @Test
    void readsCarryETags() {
        Credentials client = create("MINISTRY", null);
        String etag = api("admin").get("/api/v1/clients/{id}", client.clientId()).then().statusCode(200)
                .extract().header("ETag");
        api("admin").header("If-None-Match", etag).get("/api/v1/clients/{id}", client.clientId()).then().statusCode(304);
        api("admin").post("/api/v1/clients/{id}/secret-rotation", client.clientId()).then().statusCode(200);
        badInput("admin").header("If-Match", etag).delete("/api/v1/clients/{id}", client.clientId())
                .then().statusCode(412);
    }
}
