package id.kalbar.monev.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.kalbar.monev.support.Accounts.bearer;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.equalTo;

/** Without the demo accounts there is one administrator, who can be neither deactivated nor demoted. */
@QuarkusTest
@TestProfile(ProductionAccountsTest.Production.class)
class LastAdministratorTest {

    static final String LAST_ADMINISTRATOR = "urn:monev:problem:last-administrator";

    @Test
    void theLastActiveAdministratorStaysAnActiveAdministrator() {
        String admin = api().contentType(ContentType.JSON)
                .body(Map.of("username", "kepala-bidang", "password", ProductionAccountsTest.ADMIN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");

        badInput().auth().oauth2(admin).contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/kepala-bidang")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(LAST_ADMINISTRATOR));
        badInput().auth().oauth2(admin).contentType("application/merge-patch+json").body(Map.of("role", "VERIFIER"))
                .patch("/api/v1/users/kepala-bidang")
                .then().statusCode(409).body("type", equalTo(LAST_ADMINISTRATOR));

        // With a second active administrator either may go; once the second is gone, the first is the last again.
        String second = "wakil-" + System.nanoTime();
        bearer(admin).contentType(ContentType.JSON)
                .body(Map.of("username", second, "displayName", "Wakil", "role", "ADMIN"))
                .post("/api/v1/users").then().statusCode(201);
        bearer(admin).contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/{u}", second).then().statusCode(200);
        badInput().auth().oauth2(admin).contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/kepala-bidang")
                .then().statusCode(409).body("type", equalTo(LAST_ADMINISTRATOR));
        bearer(admin).get("/api/v1/auth/me").then().statusCode(200).body("role", equalTo("ADMIN"));
    }
}
