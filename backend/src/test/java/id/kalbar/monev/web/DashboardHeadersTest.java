package id.kalbar.monev.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard as the backend serves it: hashed assets cached for a year, the entry page (and the
 * client-side routes that load it) revalidated, security headers on all.
 */
@QuarkusTest
@TestProfile(DashboardHeadersTest.WithDashboard.class)
class DashboardHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String ASSET = "/assets/index-B4x9Qz1a.js";

    public static class WithDashboard implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dist = Files.createTempDirectory("monev-dashboard-");
                Files.createDirectories(dist.resolve("assets"));
                Files.writeString(dist.resolve("index.html"), "<!doctype html><html><head>"
                        + "<script type=\"module\" src=\"" + ASSET + "\"></script></head><body><div id=\"root\"></div></body></html>");
                Files.writeString(dist.resolve(ASSET.substring(1)), "export const rows = [];\n".repeat(400));
                dist.toFile().deleteOnExit();
                return Map.of("monev.dashboard.dir", dist.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void hashedAssetsAreImmutableForAYear() {
        RestAssured.get(ASSET).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void entryPageIsRevalidated() {
        String lastModified = RestAssured.get("/").then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", notNullValue())
                .extract().header("Last-Modified");
        RestAssured.given().header("If-Modified-Since", lastModified).get("/")
                .then().statusCode(304);
    }

    @Test
    void clientSideRoutesLoadTheEntryPageRevalidatedByItsEtag() {
        Response page = RestAssured.get("/regions/61.71");
        page.then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", notNullValue())
                .body(containsString("<div id=\"root\">"));
        String etag = page.header("ETag");
        RestAssured.given().header("If-None-Match", etag).get("/targets")
                .then().statusCode(304);
    }

    @Test
    void dashboardResponsesCarrySecurityHeaders() {
        for (String path : new String[] {"/", ASSET, "/regions"}) {
            Response response = RestAssured.get(path);
            assertEquals(200, response.statusCode(), path);
            response.then().header("Content-Security-Policy", equalTo(CSP))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "same-origin");
        }
    }
}
