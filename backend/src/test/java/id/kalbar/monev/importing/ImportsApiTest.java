package id.kalbar.monev.importing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.lockedQuarter;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ImportsApiTest {

    private static ValidatableResponse load(String user, String kind, String csv, String query) {
        return api(user).contentType("text/csv").body(csv)
                .post("/api/v1/imports/" + kind + (query.isEmpty() ? "" : "?" + query)).then();
    }

    private static ValidatableResponse loadRejected(String user, String kind, String csv, String query) {
        return badInput(user).contentType("text/csv").body(csv)
                .post("/api/v1/imports/" + kind + (query.isEmpty() ? "" : "?" + query)).then();
    }

    private static String conflict(String error) {
        return "conflicts.find { it.error == '" + error + "' }";
    }

    @Test
    void everyConflictKindIsReportedWithItsRows() {
        String program = createProgram();
        String good = createIndicator(program);
        String retired = createIndicator(program);
        String submitted = createIndicator(program);
        api("admin").post("/api/v1/indicators/" + retired + "/retire").then().statusCode(200);
        String q = openQuarter();
        save("op-6101", submitted, "61.01", q, 5).statusCode(201);
        submit("op-6101", submitted, "61.01", q).statusCode(200);
        String next = (today().getYear() + 1) + "Q1";

        String csv = "indicator,region,period,value,note\n"
                + good + ",61.01," + q + ",10,baik\n"            // 2 ok
                + "NO-SUCH,61.01," + q + ",1,\n"                 // 3 unknown indicator
                + good + ",61.99," + q + ",1,\n"                 // 4 unknown region
                + good + ",61.02," + q + ",1,\n"                 // 5 another region
                + good + ",61.01,2025-07,1,\n"                   // 6 not the indicator's period type
                + good + ",61.01," + q + ",sepuluh,\n"           // 7 not a number
                + good + ",61.01," + lockedQuarter() + ",1,\n"   // 8 locked
                + good + ",61.01," + next + ",1,\n"              // 9 not started
                + good + ",61.01," + q + ",11,\n"                // 10 duplicate of row 2
                + good + ",61.01\n"                              // 11 malformed
                + retired + ",61.01," + q + ",1,\n"              // 12 retired
                + submitted + ",61.01," + q + ",6,\n"            // 13 submitted value would change
                + good + ",61.01,," + ",\n";                     // 14 no period
        load("op-6101", "realizations", csv, "dryRun=true").statusCode(200)
                .body("dryRun", equalTo(true))
                .body("committed", equalTo(false))
                .body("rows", equalTo(13))
                .body("created", equalTo(1))
                .body("rejected", equalTo(12))
                .body(conflict("UNKNOWN_INDICATOR") + ".rows", contains(3))
                .body(conflict("UNKNOWN_INDICATOR") + ".firstValue", equalTo("NO-SUCH"))
                .body(conflict("UNKNOWN_REGION") + ".rows", contains(4))
                .body(conflict("REGION_NOT_ALLOWED") + ".rows", contains(5))
                .body(conflict("BAD_PERIOD") + ".rows", contains(6, 14))
                .body(conflict("NOT_A_NUMBER") + ".firstValue", equalTo("sepuluh"))
                .body(conflict("PERIOD_LOCKED") + ".rows", contains(8))
                .body(conflict("PERIOD_NOT_STARTED") + ".rows", contains(9))
                .body(conflict("DUPLICATE_ROW") + ".rows", contains(10))
                .body(conflict("MALFORMED_ROW") + ".rows", contains(11))
                .body(conflict("RETIRED_INDICATOR") + ".rows", contains(12))
                .body(conflict("NOT_EDITABLE") + ".rows", contains(13));
        api("op-6101").queryParam("indicator", good).get("/api/v1/realizations").then().body("total", equalTo(0));

        String provinceRow = "indicator,region,period,value\n" + good + ",61," + q + ",1\n";
        load("admin", "realizations", provinceRow, "dryRun=true").statusCode(200)
                .body(conflict("REGION_NOT_REPORTING") + ".rows", contains(2));
    }

    @Test
    void atomicRejectsTheWholeFilePartialLoadsTheValidRows() {
        String indicator = createIndicator(createProgram());
        String q = openQuarter();
        String csv = "indicator,region,period,value,note\n"
                + indicator + ",61.03," + q + ",7,\n"
                + indicator + ",61.03,2025Q9,7,\n";
        loadRejected("op-6103", "realizations", csv, "").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:monev:problem:import-rejected"))
                .body("summary.rejected", equalTo(1))
                .body("summary.committed", equalTo(false));
        api("op-6103").queryParam("indicator", indicator).get("/api/v1/realizations").then().body("total", equalTo(0));

        load("op-6103", "realizations", csv, "mode=PARTIAL").statusCode(200)
                .body("committed", equalTo(true)).body("created", equalTo(1)).body("rejected", equalTo(1));
        api("op-6103").get("/api/v1/realizations/" + indicator + "/61.03/" + q).then().statusCode(200)
                .body("value", equalTo(7)).body("status", equalTo("DRAFT"));
        api("admin").queryParam("entityType", "import").queryParam("actor", "op-6103").get("/api/v1/audit-events")
                .then().body("items[0].action", equalTo("IMPORT"))
                .body("items[0].changes.summary.created", equalTo(1));
    }

    @Test
    void loadingTheSameFileTwiceChangesNothing() {
        String indicator = createIndicator(createProgram());
        String q = openQuarter();
        String csv = "indicator;region;period;value;note\n"
                + indicator + ";61.04;" + q + ";12,5;catatan pertama\n"
                + indicator + ";61.05;" + q + ";3;\n";
        load("admin", "realizations", csv, "").statusCode(200).body("created", equalTo(2));
        String etag = api("admin").get("/api/v1/realizations/" + indicator + "/61.04/" + q).then()
                .body("value", equalTo(12.5f)).body("note", equalTo("catatan pertama")).extract().header("ETag");
        load("admin", "realizations", csv, "").statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        api("admin").header("If-None-Match", etag).get("/api/v1/realizations/" + indicator + "/61.04/" + q)
                .then().statusCode(304);
        String changed = csv.replace("12,5", "13");
        load("admin", "realizations", changed, "").statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));
    }

    @Test
    void jsonAndBpsCodesAreAccepted() {
        String indicator = createIndicator(createProgram());
        String q = openQuarter();
        api("op-6171").contentType("application/json")
                .body(List.of(Map.of("indicator", indicator, "region", "6171", "period", q, "value", 21)))
                .post("/api/v1/imports/realizations?idScheme=BPS").then().statusCode(200)
                .body("created", equalTo(1));
        api("op-6171").get("/api/v1/realizations/" + indicator + "/61.71/" + q).then().body("value", equalTo(21));
        badInput("op-6171").contentType("application/json").body(Map.of("indicator", indicator))
                .post("/api/v1/imports/realizations").then().statusCode(400);
        badInput("op-6171").contentType("application/json")
                .body(List.of(Map.of("indicator", indicator, "colour", "red")))
                .post("/api/v1/imports/realizations").then().statusCode(400)
                .body("errors[0].field", equalTo("[1].colour"));
    }

    @Test
    void targetsAreLoadedByProvinceOfficersOnly() {
        String indicator = createIndicator(createProgram());
        String csv = "indicator,region,year,value\n" + indicator + ",61.01,2027,40\n" + indicator + ",61,2027,500\n"
                + indicator + ",61.02,20x7,1\n";
        load("verifier", "targets", csv, "mode=PARTIAL").statusCode(200)
                .body("created", equalTo(2))
                .body(conflict("BAD_YEAR") + ".rows", contains(4));
        api("admin").get("/api/v1/targets/" + indicator + "/61.01/2027").then().statusCode(200)
                .body("value", equalTo(40)).body("status", equalTo("AGREED"));
        loadRejected("op-6101", "targets", csv, "").statusCode(403);
        loadRejected("ministry", "realizations", "indicator,region,period,value\n", "").statusCode(403);
        loadRejected("verifier", "realizations", "indicator,region,period,value\n", "").statusCode(403);
    }

    @Test
    void badFilesAreRefusedWhole() {
        loadRejected("admin", "realizations", "indicator,region,when,value\nx,y,z,1\n", "").statusCode(400)
                .body("errors.message", hasItems(containsString("unknown column 'when'"), containsString("missing column 'period'")));
        loadRejected("admin", "realizations", "", "").statusCode(400);
        loadRejected("admin", "fruits", "a\n", "").statusCode(404);
        badInput("admin").contentType("text/plain").body("indicator,region,period,value\n")
                .post("/api/v1/imports/realizations").then().statusCode(415).contentType("application/problem+json");
        loadRejected("admin", "realizations", "indicator,region,period,value\n", "mode=SOMETIMES").statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        String huge = "indicator,region,period,value\n" + "x,61.01,2025Q1,1\n".repeat(130_000);
        loadRejected("admin", "realizations", huge, "").statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anExportLoadedBackIsAllUnchanged() {
        String csv = api("admin").queryParam("year", 2025).queryParam("region", "61.71")
                .get("/api/v1/exports/realizations").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("indicator,region,period,value,note\n"), csv);
        long rows = csv.lines().count() - 1;
        load("admin", "realizations", csv, "").statusCode(200)
                .body("rows", equalTo((int) rows))
                .body("unchanged", equalTo((int) rows))
                .body("rejected", equalTo(0));

        String targets = api("verifier").queryParam("year", 2025).queryParam("format", "json")
                .get("/api/v1/exports/targets").then().statusCode(200).extract().asString();
        api("verifier").contentType("application/json").body(targets).post("/api/v1/imports/targets").then()
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));

        api("op-6101").get("/api/v1/exports/realizations?year=2025").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(",61.02,")));
        badInput("op-6101").get("/api/v1/exports/realizations?region=61.02").then().statusCode(403);
    }

    @Test
    void anUnchangedExportIsAnswered304() {
        String indicator = createIndicator(createProgram());
        String path = "/api/v1/exports/realizations?indicator=" + indicator;
        save("op-6101", indicator, "61.01", openQuarter(), 5).statusCode(201);
        String tag = api("op-6101").get(path).then().statusCode(200)
                .header("ETag", startsWith("W/")).header("Cache-Control", equalTo("private, no-cache"))
                .extract().header("ETag");

        api("op-6101").header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", equalTo(tag));
        // Another format, or another caller's scope, is another download.
        api("op-6101").header("If-None-Match", tag).get(path + "&format=json").then().statusCode(200);
        api("admin").header("If-None-Match", tag).get(path).then().statusCode(200);
        // A changed value changes the download.
        save("op-6101", indicator, "61.01", openQuarter(), 6).statusCode(200);
        api("op-6101").header("If-None-Match", tag).get(path).then().statusCode(200)
                .body(containsString("," + openQuarter() + ",6,"));
    }

    @Test
    void aDownloadWithBpsCodesLoadsBackWithThem() {
        String indicator = createIndicator(createProgram());
        save("op-6101", indicator, "61.01", openQuarter(), 5).statusCode(201);
        String path = "/api/v1/exports/realizations?indicator=" + indicator;
        String kemendagri = api("admin").get(path).then().statusCode(200).extract().asString();
        String bps = api("admin").get(path + "&idScheme=BPS").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(api("admin").get(path).then().extract().header("ETag"))))
                .extract().asString();
        assertEquals(kemendagri.replace(",61.01,", ",6101,"), bps);
        api("admin").get(path + "&idScheme=BPS&format=json").then().statusCode(200)
                .body("[0].region", equalTo("6101"));
        load("admin", "realizations", bps, "idScheme=BPS").statusCode(200)
                .body("unchanged", equalTo(1)).body("rejected", equalTo(0));
        badInput("admin").get(path + "&idScheme=NUTS").then().statusCode(400)
                .body("errors[0].field", equalTo("idScheme"));
    }

    @Test
    void aDownloadKeyedByMinistryCodesNamesIndicatorsAsTheMinistryDoes() {
        String program = createProgram();
        String ministry = createIndicator(program);
        String local = createIndicator(program);
        String ministryCode = "KMK-" + ministry;
        api("admin").contentType("application/merge-patch+json").body(Map.of("ministryCode", ministryCode))
                .patch("/api/v1/indicators/" + ministry).then().statusCode(200);
        save("op-6101", ministry, "61.01", openQuarter(), 5).statusCode(201);
        save("op-6101", local, "61.01", openQuarter(), 6).statusCode(201);
        String path = "/api/v1/exports/realizations?program=" + program;

        String keyed = api("admin").get(path + "&indicatorKey=MINISTRY&idScheme=BPS").then().statusCode(200)
                .extract().asString();
        // The ministry's code and the BPS region code; the indicator the ministry has no code for is left out.
        assertEquals("indicator,region,period,value,note\n" + ministryCode + ",6101," + openQuarter() + ",5,Laporan " + openQuarter() + "\n", keyed);
        String tag = api("admin").get(path + "&indicatorKey=MINISTRY").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(ministryCode)).extract().header("ETag");
        api("admin").get(path + "&indicatorKey=MINISTRY&format=json").then().statusCode(200)
                .body("indicator", contains(ministryCode));
        // A new ministry code is a new download.
        api("admin").contentType("application/merge-patch+json").body(Map.of("ministryCode", ministryCode + "-B"))
                .patch("/api/v1/indicators/" + ministry).then().statusCode(200);
        api("admin").header("If-None-Match", tag).get(path + "&indicatorKey=MINISTRY").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(ministryCode + "-B"));
        badInput("admin").get(path + "&indicatorKey=BPS").then().statusCode(400)
                .body("errors[0].field", equalTo("indicatorKey"));
    }

    @Test
    void theIndicatorCatalogueLoadsAndExportsByCode() {
        String program = createProgram();
        String code = "IMP-" + System.nanoTime() % 1_000_000;
        String header = "code,program,name,unit,measure,polarity,periodType,timeAggregation,regionAggregation,"
                + "baselineYear,baselineValue,rangeLow,rangeHigh,dataSource,ministryCode\n";
        String csv = header
                + code + "," + program + ",Koperasi uji impor,koperasi,NUMBER,HIGHER_IS_BETTER,QUARTERLY,SUM,SUM,2024,10,,,Bidang,\n"
                + code + "-R," + program + ",Rasio uji,%,PERCENT,RANGE,ANNUAL,LAST,AVERAGE,,,10,20,,\n"
                + code + "-X," + program + ",Salah,unit,NUMBER,SIDEWAYS,ANNUAL,SUM,SUM,,,,,,\n"
                + code + "-Y," + program + ",Salah,unit,NUMBER,RANGE,ANNUAL,SUM,SUM,,,,,,\n";
        load("admin", "indicators", csv, "mode=PARTIAL").statusCode(200)
                .body("created", equalTo(2))
                .body(conflict("BAD_ENUM") + ".firstValue", equalTo("SIDEWAYS"))
                .body(conflict("INCONSISTENT_FIELDS") + ".rows", contains(5));
        api("op-6101").get("/api/v1/indicators/" + code + "-R").then().statusCode(200)
                .body("rangeHigh", equalTo(20)).body("polarity", equalTo("RANGE"));

        String exported = api("admin").queryParam("program", program).get("/api/v1/exports/indicators")
                .then().statusCode(200).extract().asString();
        load("admin", "indicators", exported, "").statusCode(200)
                .body("unchanged", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0));
        load("admin", "indicators", exported.replace("Koperasi uji impor", "Koperasi uji impor (revisi)"), "")
                .statusCode(200).body("updated", equalTo(1));
        loadRejected("verifier", "indicators", exported, "").statusCode(403);
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void regionsOfANationalDeploymentLoadParentsFirst() throws SQLException {
        try {
            loadRegionsOfAnotherProvince();
        } finally {
            // Other tests count Kalimantan Barat's 15 regions: take the other province away again.
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM region WHERE code IN ('62.01', '62')");
            }
        }
    }

    private void loadRegionsOfAnotherProvince() {
        String csv = "code,bpsCode,name,level,parent\n"
                + "62.01,6201,Kabupaten Kotawaringin Barat,REGENCY,62\n"
                + "62,62,Provinsi Kalimantan Tengah,PROVINCE,\n"
                + "63.01,6301,Kabupaten Tanah Laut,REGENCY,63\n"
                + "62.02,6202,Kabupaten Kotawaringin Timur,CITY,61\n";
        loadRejected("admin", "regions", csv, "").statusCode(422)
                .body("summary." + conflict("UNKNOWN_PARENT") + ".rows", contains(4))
                .body("summary." + conflict("INCONSISTENT_FIELDS") + ".rows", contains(5));
        load("admin", "regions", csv, "mode=PARTIAL").statusCode(200).body("created", equalTo(2));
        api("op-6101").get("/api/v1/regions/62.01").then().statusCode(200)
                .body("parentCode", equalTo("62")).body("bpsCode", equalTo("6201"));
        String exported = api("admin").get("/api/v1/exports/regions").then().statusCode(200).extract().asString();
        load("admin", "regions", exported, "").statusCode(200).body("unchanged", equalTo(17)).body("created", equalTo(0));
        loadRejected("verifier", "regions", exported, "").statusCode(403);
    }
}
