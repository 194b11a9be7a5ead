package id.kalbar.monev.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** A bulk load leaves each record it creates or changes its own history, tied to the load by its id. */
@QuarkusTest
class BulkHistoryTest {

    private static ValidatableResponse history(String type, String key) {
        return api("admin").queryParam("entityType", type).queryParam("entityKey", key).queryParam("sort", "occurredAt")
                .get("/api/v1/audit-events").then().statusCode(200);
    }

    @Test
    void eachChangedRecordShowsItsBeforeAndAfterAndTheImport() {
        String changed = createIndicator(createProgram());
        String created = createIndicator(createProgram());
        String unchanged = createIndicator(createProgram());
        String q = openQuarter();
        save("op-6101", changed, "61.01", q, 5).statusCode(201);
        save("op-6101", unchanged, "61.01", q, 9).statusCode(201);
        String csv = "indicator,region,period,value,note\n"
                + changed + ",61.01," + q + ",7,Laporan " + q + "\n"
                + created + ",61.01," + q + ",3,baru\n"
                + unchanged + ",61.01," + q + ",9,Laporan " + q + "\n";

        String importId = api("op-6101").contentType("text/csv").body(csv).post("/api/v1/imports/realizations").then()
                .statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .extract().path("importId");

        history("realization", changed + "/61.01/" + q)
                .body("items", hasSize(2))
                .body("items[1].action", equalTo("UPDATE"))
                .body("items[1].actor", equalTo("op-6101"))
                .body("items[1].importId", equalTo(importId))
                .body("items[1].changes.value.before", equalTo(5))
                .body("items[1].changes.value.after", equalTo(7))
                .body("items[1].changes.note", nullValue());
        history("realization", created + "/61.01/" + q)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].importId", equalTo(importId))
                .body("items[0].changes.value.before", nullValue())
                .body("items[0].changes.value.after", equalTo(3))
                .body("items[0].changes.note.after", equalTo("baru"))
                .body("items[0].changes.status.after", equalTo("DRAFT"));
        // An unchanged row leaves no trace; the file's own summary event carries the same id.
        history("realization", unchanged + "/61.01/" + q).body("items", hasSize(1)).body("items[0].importId", nullValue());
        history("import", "realizations/" + importId)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("IMPORT"))
                .body("items[0].importId", equalTo(importId))
                .body("items[0].changes.summary.updated", equalTo(1));

        // Loading the same file again changes nothing and writes no history.
        api("op-6101").contentType("text/csv").body(csv).post("/api/v1/imports/realizations").then()
                .statusCode(200).body("unchanged", equalTo(3));
        history("realization", changed + "/61.01/" + q).body("items", hasSize(2));
    }

    @Test
    void targetsAndIndicatorsKeepTheirHistoryToo() {
        String program = createProgram();
        String indicator = createIndicator(program);
        String importId = api("admin").contentType("text/csv").body("indicator,region,year,value\n" + indicator + ",61.02,2030,12.50\n")
                .post("/api/v1/imports/targets").then().statusCode(200).body("created", equalTo(1)).extract().path("importId");
        history("target", indicator + "/61.02/2030")
                .body("items", hasSize(1))
                .body("items[0].importId", equalTo(importId))
                .body("items[0].changes.value.after", equalTo(12.5f));

        String renamed = api("admin").contentType("text/csv")
                .body("code,program,name,unit,measure,polarity,periodType,timeAggregation,regionAggregation,baselineYear,baselineValue\n"
                        + indicator + "," + program + ",Nama baru,koperasi,NUMBER,HIGHER_IS_BETTER,QUARTERLY,SUM,SUM,2022,120.5\n")
                .post("/api/v1/imports/indicators").then().statusCode(200).body("updated", equalTo(1)).extract().path("importId");
        history("indicator", indicator)
                .body("items", hasSize(2))
                .body("items[1].importId", equalTo(renamed))
                .body("items[1].changes.name.after", equalTo("Nama baru"))
                .body("items[1].changes.dataSource.before", equalTo("Laporan bidang"))
                .body("items[1].changes.dataSource.after", nullValue());
    }
}
