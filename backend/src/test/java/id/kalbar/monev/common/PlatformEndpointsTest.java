package id.kalbar.monev.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kalbar.monev.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health, metrics, the generated contract and Swagger UI answer on the management port only; the public
 * port serves the API, the dashboard and the contract as /openapi.yaml, with security headers and
 * compression.
 */
@QuarkusTest
class PlatformEndpointsTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL publicPort;

    @Test
    void readinessReportsTheDatabaseOnTheManagementPort() throws Exception {
        RestAssured.get(management("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void managementPortServesMetricsTheContractAndSwaggerUi() throws Exception {
        RestAssured.get(management("/q/metrics")).then().statusCode(200);
        RestAssured.get(management("/q/openapi"))
                .then().statusCode(200)
                .body(containsString("operationId: listRegions"));
        RestAssured.get(management("/q/swagger-ui/")).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"})
    void publicPortDoesNotServePlatformEndpoints(String path) {
        RestAssured.get(path).then().statusCode(404);
    }

    @Test
    void publicPortServesTheCommittedContract() throws IOException {
        String served = RestAssured.get("/openapi.yaml")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .header("ETag", notNullValue())
                .extract().asString();
        // The same document; the runtime serializer may order keys differently from the build's.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(yaml.readTree(Files.readString(Path.of("..", "openapi.yaml"))), yaml.readTree(served));
    }

    @Test
    void apiAnswersCarrySecurityHeaders() {
        expectSecurityHeaders(RestAssured.given().auth().oauth2(Tokens.of("admin")).get("/api/v1/regions/61.71")
                .then().statusCode(200));
        expectSecurityHeaders(RestAssured.get("/api/v1/regions").then().statusCode(401));
        expectSecurityHeaders(RestAssured.get("/openapi.yaml").then().statusCode(200));
    }

    static void expectSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", CSP)
                .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void apiAnswersAreCompressedWhenTheClientAcceptsIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI matrix = publicPort.toURI().resolve("/api/v1/achievements?year=2025");
        HttpRequest.Builder request = HttpRequest.newBuilder(matrix).header("Authorization", "Bearer " + Tokens.of("admin"));

        HttpResponse<byte[]> gzip = client.send(request.copy().header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = client.send(request.copy().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("identity", plain.headers().firstValue("Content-Encoding").orElse("identity"));
        byte[] inflated = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes();
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(inflated, StandardCharsets.UTF_8));
        assertTrue(gzip.body().length * 4 < plain.body().length,
                "compressed " + gzip.body().length + " bytes of " + plain.body().length);
    }

    @Test
    void embeddedPostgresKeepsDurabilityOn() throws SQLException {
        assertEquals("on", setting("fsync"));
        assertEquals("on", setting("synchronous_commit"));
        assertEquals("on", setting("full_page_writes"));
        assertEquals("scram-sha-256", setting("password_encryption"));
        assertEquals("17", setting("server_version").split("\\.")[0]);
    }

    /** An absolute path on the management port (whatever root the injected address carries). */
    private String management(String path) throws Exception {
        return management.toURI().resolve(path).toString();
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
