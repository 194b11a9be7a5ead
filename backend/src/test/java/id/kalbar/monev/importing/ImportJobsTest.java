package id.kalbar.monev.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loads in the background: 202 with a job whose progress and outcome can be read. */
@QuarkusTest
class ImportJobsTest {

    private static JsonPath awaitFinished(String user, String location) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonPath job = api(user).get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job did not finish");
    }

    @Test
    void asyncLoadRunsInTheBackground() throws InterruptedException {
        String indicator = createIndicator(createProgram());
        String q = openQuarter();
        String csv = "indicator,region,period,value\n" + indicator + ",61.09," + q + ",4\n" + indicator + ",61.10," + q + ",5\n";
        String location = api("admin").contentType("text/csv").body(csv)
                .post("/api/v1/imports/realizations?async=true")
                .then().statusCode(202)
                .header("Location", notNullValue())
                .body("kind", equalTo("REALIZATIONS"))
                .body("createdBy", equalTo("admin"))
                .extract().header("Location");

        JsonPath job = awaitFinished("admin", location);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(100, job.getInt("progress"));
        assertEquals(2, job.getInt("summary.created"));
        api("admin").get("/api/v1/realizations/" + indicator + "/61.10/" + q).then().statusCode(200).body("value", equalTo(5));
        api("admin").queryParam("entityType", "import").queryParam("sort", "-occurredAt").get("/api/v1/audit-events")
                .then().body("items[0].actor", equalTo("admin"));
    }

    @Test
    void aRejectedBackgroundLoadWritesNothingAndSaysWhy() throws InterruptedException {
        String indicator = createIndicator(createProgram());
        String q = openQuarter();
        String csv = "indicator,region,period,value\n" + indicator + ",61.09," + q + ",4\n" + indicator + ",61.09," + q + ",x\n";
        String location = api("op-6109").contentType("text/csv").body(csv)
                .post("/api/v1/imports/realizations?async=true").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitFinished("op-6109", location);
        assertEquals("REJECTED", job.getString("status"));
        assertEquals(1, job.getInt("summary.rejected"));
        api("op-6109").queryParam("indicator", indicator).get("/api/v1/realizations").then().body("total", equalTo(0));

        badInput("op-6110").get(location).then().statusCode(404);
        api("verifier").get(location).then().statusCode(200);
        badInput("ministry").contentType("text/csv").body(csv).post("/api/v1/imports/realizations?async=true")
                .then().statusCode(403);
    }
}
