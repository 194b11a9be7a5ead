package id.kalbar.monev.common;

import id.kalbar.monev.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** With the database gone, the API answers 503 problems and readiness reports it down. */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
class DatabaseUnavailableTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // Nothing listens on port 9 (discard) here: every connection attempt is refused.
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/monev",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    // Account set-up and demo data need the database at start; this application starts without one.
                    "quarkus.arc.exclude-types", "id.kalbar.monev.auth.AccountBootstrap,id.kalbar.monev.demo.DemoData,"
                            + "id.kalbar.monev.importing.InterruptedImportJobs");
        }
    }

    @Test
    void apiAnswersServiceUnavailable() {
        String token = Jwt.issuer("monev-kumkm").upn("admin").groups(Set.of("ADMIN"))
                .subject(java.util.UUID.randomUUID().toString()).claim("tv", 0).claim("acct", "user")
                .sign(TestKeys.privateKey().toString());
        badInput().auth().oauth2(token).get("/api/v1/regions")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body(allOf(not(containsString("jdbc")), not(containsString("Exception")), not(containsString("127.0.0.1"))));
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessReportsTheDatabaseDown() throws Exception {
        RestAssured.get(management.toURI().resolve("/q/health/ready").toString())
                .then().statusCode(503)
                .body("status", equalTo("DOWN"));
    }
}
