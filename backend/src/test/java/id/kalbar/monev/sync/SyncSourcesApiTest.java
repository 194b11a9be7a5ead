package id.kalbar.monev.sync;

import id.kalbar.monev.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sources a national deployment mirrors, as its administrators see and run them. The test profile configures
 * one source nobody answers at (see application.properties); mirroring a real second deployment is
 * scripts/sync-test.py, which runs two of them.
 */
@QuarkusTest
class SyncSourcesApiTest {

    private static final String SOURCES = "/api/v1/sync-sources";

    @Test
    void administratorsSeeEachConfiguredSourceButNeverItsSecret() {
        String body = api("admin").get(SOURCES).then().statusCode(200)
                .body("find { it.name == 'unreachable' }.url", equalTo("http://127.0.0.1:9"))
                .body("find { it.name == 'unreachable' }.regionCode", equalTo("61"))
                .body("find { it.name == 'unreachable' }.enabled", equalTo(true))
                .extract().asString();
        assertTrue(!body.contains("not-a-secret") && !body.contains("cl-nowhere"),
                "neither the client's secret nor its id is shown: " + body);
    }

    @Test
    void aRunThatCannotReachItsSourceFailsVisiblyAndMovesNothing() {
        JsonPath run = api("admin").post(SOURCES + "/unreachable/runs").then().statusCode(200)
                .body("state", equalTo("FAILING"))
                .body("lastError", containsString("127.0.0.1:9"))
                .body("lastErrorAt", notNullValue())
                .body("lastRunAt", notNullValue())
                .body("cursor", equalTo("0-0"))
                .body("recordsWritten", equalTo(0))
                .body("lastSuccessAt", nullValue())
                .body("lagSeconds", nullValue())
                .extract().jsonPath();
        api("admin").get(SOURCES).then().statusCode(200)
                .body("find { it.name == 'unreachable' }.state", equalTo("FAILING"))
                .body("find { it.name == 'unreachable' }.lastError", equalTo(run.getString("lastError")));

        // Reading again from the start fails the same way, and still leaves the cursor where it was.
        api("admin").queryParam("fromStart", true).post(SOURCES + "/unreachable/runs").then().statusCode(200)
                .body("state", equalTo("FAILING")).body("cursor", equalTo("0-0"));
    }

    @Test
    void anUnknownSourceIsNotFound() {
        api("admin").post(SOURCES + "/nowhere/runs").then().statusCode(404)
                .body("detail", containsString("nowhere"));
    }

    @Test
    void onlyAnAdministratorOfTheWholeDeploymentSeesOrRunsSources() {
        for (String user : new String[] {"verifier", "ministry", "op-6101"}) {
            api(user).get(SOURCES).then().statusCode(403);
            api(user).post(SOURCES + "/unreachable/runs").then().statusCode(403);
        }
        String provinceAdmin = Accounts.tokenOfNew("syncadm", "ADMIN", "61");
        String detail = Accounts.bearer(provinceAdmin).get(SOURCES).then().statusCode(403)
                .body("detail", not(containsString("catalogue"))).extract().path("detail");
        assertTrue(detail.contains("61"), detail);
        Accounts.bearer(provinceAdmin).post(SOURCES + "/unreachable/runs").then().statusCode(403);
        badInput().get(SOURCES).then().statusCode(401);
        badInput().post(SOURCES + "/unreachable/runs").then().statusCode(401);
        assertEquals(0, api("admin").get(SOURCES).then().statusCode(200).extract().jsonPath()
                .getInt("find { it.name == 'unreachable' }.recordsWritten"));
    }
}
