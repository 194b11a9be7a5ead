package id.kalbar.monev.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.Contract.api;
import static org.hamcrest.Matchers.equalTo;

/** Without the demo profile: no demo accounts, and the first administrator comes from configuration. */
@QuarkusTest
@TestProfile(ProductionAccountsTest.Production.class)
class ProductionAccountsTest {

    static final String ADMIN_PASSWORD = "Kalbar-Sejahtera-2025";

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "monev.demo.enabled", "false",
                    "monev.admin.username", "kepala-bidang",
                    "monev.admin.password", ADMIN_PASSWORD);
        }
    }

    @Test
    void configuredAdministratorCanSignIn() {
        api().contentType(ContentType.JSON)
                .body(Map.of("username", "kepala-bidang", "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200);
    }

    @Test
    void noDemoAccountsExist() {
        for (String user : new String[] {"admin", "verifier", "ministry", "op-6171"}) {
            api().contentType(ContentType.JSON)
                    .body(Map.of("username", user, "password", "demo"))
                    .post("/api/v1/auth/token")
                    .then().statusCode(401);
        }
    }

    @Test
    void noDemoCatalogue() {
        String token = api().contentType(ContentType.JSON)
                .body(Map.of("username", "kepala-bidang", "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token").then().extract().path("accessToken");
        api().header("Authorization", "Bearer " + token).get("/api/v1/programs")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
