package id.kalbar.monev.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** The kinds are learned from the API, and every byte of a file gets a row conflict or a clear 4xx. */
@QuarkusTest
class BulkFilesTest {

    private static ValidatableResponse load(String csv) {
        return badInput("admin").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/realizations?dryRun=true").then();
    }

    @Test
    void theKindsAreListedWithTheirColumnsAndWhoLoadsThem() {
        api("op-6101").get("/api/v1/imports/kinds").then().statusCode(200)
                // The loads made most often first: what a page offering the kinds preselects.
                .body("name", contains("realizations", "targets", "indicators", "regions"))
                .body("find { it.name == 'realizations' }.columns", hasItems("indicator", "region", "period", "value", "note"))
                .body("find { it.name == 'realizations' }.loaders", hasItems("ADMIN", "OPERATOR"))
                .body("find { it.name == 'realizations' }.textColumns", hasItem("note"))
                .body("find { it.name == 'targets' }.loaders", hasItems("ADMIN", "VERIFIER"));
        badInput("admin").contentType("text/csv").body("a\n").post("/api/v1/imports/nothing").then().statusCode(404);
    }

    @Test
    void awkwardFilesGetAClearAnswer() {
        String indicator = createIndicator(createProgram());
        String row = indicator + ",61.01," + openQuarter() + ",5,catatan\n";
        // The trailing separator a spreadsheet leaves on every line is not a column.
        load("indicator,region,period,value,note,\n" + row.replace("\n", ",\n")).statusCode(200)
                .body("rejected", equalTo(0)).body("created", equalTo(1));
        load("indicator,region,period,value,value\n" + row).statusCode(400)
                .body("errors[0].message", containsString("appears twice"));
        load("indicator,region,,period,value\n" + row).statusCode(400)
                .body("errors[0].message", containsString("no name"));
        load("indicator,region,period,value,note\n" + row + indicator + ",61.01," + openQuarter() + ",5,\"open\n")
                .statusCode(400).body("detail", containsString("row 3"));
        load("indicator,region,period,value,note\n" + row + indicator + ",61.01\n" + row.replace(",catatan", ",catatan,extra"))
                .statusCode(200).body("conflicts.find { it.error == 'MALFORMED_ROW' }.rows", hasItems(3, 4));
        load("indicator,region,period,value,note\n" + indicator + ",61.01," + openQuarter() + ",-5,\"=1+1\"\n")
                .statusCode(200).body("rejected", equalTo(0));

    }

    @Test
    void formulasAreNeutralizedInExportsAndReadBackAsStored() {
        String indicator = createIndicator(createProgram());
        String q = openQuarter();
        api("admin").contentType("text/csv")
                .body("indicator,region,period,value,note\n" + indicator + ",61.01," + q + ",-5,\"=HYPERLINK(\"\"x\"\")\"\n"
                        + indicator + ",61.02," + q + ",3,'+plain\n")
                .post("/api/v1/imports/realizations").then().statusCode(200).body("created", equalTo(2));
        String exported = api("admin").queryParam("indicator", indicator).get("/api/v1/exports/realizations").then()
                .statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(exported, containsString(",-5,\"'=HYPERLINK(\"\"x\"\")\""));
        org.hamcrest.MatcherAssert.assertThat(exported, containsString(",3,'+plain"));
        api("admin").get("/api/v1/realizations/" + indicator + "/61.01/" + q).then().body("note", equalTo("=HYPERLINK(\"x\")"));
        // A file's own leading ' before a formula character is read as that neutralization.
        api("admin").get("/api/v1/realizations/" + indicator + "/61.02/" + q).then().body("note", equalTo("+plain"));
        api("admin").contentType("text/csv").body(exported).post("/api/v1/imports/realizations").then().statusCode(200)
                .body("unchanged", equalTo(2)).body("updated", equalTo(0));
    }
}
