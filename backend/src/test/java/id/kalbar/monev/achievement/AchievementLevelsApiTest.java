package id.kalbar.monev.achievement;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.lastYear;
import static id.kalbar.monev.support.Reporting.reported;
import static id.kalbar.monev.support.Reporting.setTarget;
import static id.kalbar.monev.support.Reporting.verify;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;

/**
 * Achievement rolled up from regency to province to nation in a deployment holding two provinces: Kalimantan
 * Barat and, for the length of each test, Kalimantan Selatan with two of its regions.
 */
@QuarkusTest
class AchievementLevelsApiTest {

    final int year = lastYear();
    final String period = String.valueOf(year);

    @Inject
    AgroalDataSource dataSource;

    private ValidatableResponse report(String user, String indicator, Map<String, Object> params) {
        return api(user).queryParam("year", year).queryParam("indicator", indicator).queryParams(params)
                .get("/api/v1/achievements").then().statusCode(200);
    }

    @Test
    void sumRollsUpFromRegencyToProvinceToNation() throws SQLException {
        withSecondProvince(() -> {
            String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
            setTarget(indicator, "61.01", year, 10).statusCode(201);
            setTarget(indicator, "61.02", year, 30).statusCode(201);
            reported(indicator, "61.01", period, "10");
            reported(indicator, "61.02", period, "20");
            setTarget(indicator, "63", year, 40).statusCode(201);
            reported(indicator, "63.01", period, "5");
            reported(indicator, "63.71", period, "15");
            verify("verifier", indicator, "63.01", period).statusCode(200);

            report("ministry", indicator, Map.of("level", "PROVINCE"))
                    .body("level", equalTo("PROVINCE")).body("parent", nullValue())
                    .body("items.regionCode", contains("61", "63"))
                    .body("items[0].realization", equalTo(30)).body("items[0].target", equalTo(40))
                    .body("items[0].targetSource", equalTo("REGIONS")).body("items[0].achievement", equalTo(75))
                    .body("items[0].regionsReporting", equalTo(2)).body("items[0].regionsExpected", equalTo(14))
                    .body("items[1].realization", equalTo(20)).body("items[1].target", equalTo(40))
                    .body("items[1].targetSource", equalTo("OWN")).body("items[1].achievement", equalTo(50))
                    .body("items[1].periodsReported", equalTo(2)).body("items[1].periodsVerified", equalTo(1))
                    .body("items[1].periodsExpected", equalTo(2))
                    // The nation: the rule over the provinces' figures, each province's target as the province has it.
                    .body("rollup", hasSize(1)).body("rollup[0].regionCode", nullValue())
                    .body("rollup[0].realization", equalTo(50)).body("rollup[0].target", equalTo(80))
                    .body("rollup[0].achievement", equalTo(62.5f)).body("rollup[0].periodsExpected", equalTo(16))
                    .body("rollup[0].periodsReported", equalTo(4)).body("rollup[0].regionsReporting", equalTo(2));

            report("ministry", indicator, Map.of("level", "NATION"))
                    .body("items", hasSize(1)).body("items[0].realization", equalTo(50)).body("rollup", empty());

            report("admin", indicator, Map.of("parent", "63"))
                    .body("level", equalTo("REGENCY")).body("parent", equalTo("63"))
                    .body("items.regionCode", contains("63.01", "63.71"))
                    .body("items[0].verified", equalTo(true)).body("items[1].verified", equalTo(false))
                    .body("rollup[0].regionCode", equalTo("63")).body("rollup[0].achievement", equalTo(50));

            // Two provinces and no parent: every regency of the nation, beside the nation's roll-up.
            report("ministry", indicator, Map.of())
                    .body("parent", nullValue()).body("items", hasSize(16)).body("rollup[0].regionCode", nullValue());
        });
    }

    @Test
    void averagesAreTakenLevelByLevelAndProvinceReportedIndicatorsAreNotAddedUp() throws SQLException {
        withSecondProvince(() -> {
            String program = createProgram();
            String average = createIndicator(program, Map.of("periodType", "ANNUAL", "regionAggregation", "AVERAGE"));
            reported(average, "61.01", period, "10");
            reported(average, "61.02", period, "20");
            reported(average, "63.01", period, "30");
            report("ministry", average, Map.of("level", "PROVINCE"))
                    .body("items[0].realization", equalTo(15)).body("items[1].realization", equalTo(30))
                    .body("rollup[0].realization", equalTo(22.5f)).body("rollup[0].status", equalTo("MISSING_TARGET"));

            String own = createIndicator(program, Map.of("periodType", "ANNUAL", "regionAggregation", "PROVINCE_REPORTED"));
            setTarget(own, "61", year, 4).statusCode(201);
            reported(own, "61", period, "3");
            setTarget(own, "63", year, 5).statusCode(201);
            reported(own, "63", period, "5");
            report("ministry", own, Map.of("level", "PROVINCE"))
                    .body("items.achievement", contains(75, 100))
                    .body("rollup[0].status", equalTo("NOT_ROLLED_UP")).body("rollup[0].realization", nullValue())
                    .body("rollup[0].achievement", nullValue()).body("rollup[0].regionsReporting", equalTo(2))
                    .body("rollup[0].periodsReported", equalTo(2));
            report("ministry", own, Map.of("parent", "63"))
                    .body("items.regionCode", contains("63")).body("rollup[0].achievement", equalTo(100));
        });
    }

    @Test
    void anAccountBoundToARegionSeesItsProvinceAndNeverTheNation() throws SQLException {
        withSecondProvince(() -> {
            String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
            reported(indicator, "61.01", period, "10");
            reported(indicator, "63.01", period, "5");

            report("op-6101", indicator, Map.of())
                    .body("parent", equalTo("61")).body("items.regionCode", contains("61.01"))
                    .body("rollup[0].regionCode", equalTo("61")).body("rollup[0].realization", equalTo(10));
            report("op-6101", indicator, Map.of("level", "PROVINCE"))
                    .body("items.regionCode", contains("61")).body("rollup", empty());
            badInput("op-6101").queryParam("year", year).queryParam("level", "NATION").get("/api/v1/achievements")
                    .then().statusCode(403).body("errors[0].field", equalTo("level"));
            badInput("op-6101").queryParam("year", year).queryParam("parent", "63").get("/api/v1/achievements")
                    .then().statusCode(403).body("errors[0].field", equalTo("parent"));
        });
    }

    @Test
    void reportsArePagedByIndicator() {
        String program = createProgram();
        // Indicators come in code order.
        java.util.List<String> codes = java.util.stream.Stream.of(createIndicator(program), createIndicator(program),
                createIndicator(program)).sorted().toList();
        var pageOf = (java.util.function.Function<Integer, ValidatableResponse>) page -> api("verifier")
                .queryParam("year", year).queryParam("program", program).queryParam("size", 2).queryParam("page", page)
                .get("/api/v1/achievements").then().statusCode(200);
        pageOf.apply(0).body("total", equalTo(3)).body("size", equalTo(2))
                .body("indicators.code", contains(codes.get(0), codes.get(1)))
                .body("items.indicatorCode", everyItem(in(codes.subList(0, 2)))).body("items", hasSize(28))
                .body("rollup.indicatorCode", contains(codes.get(0), codes.get(1)));
        pageOf.apply(1).body("page", equalTo(1)).body("indicators.code", contains(codes.get(2)))
                .body("items.indicatorCode", everyItem(equalTo(codes.get(2)))).body("items", hasSize(14));
        pageOf.apply(2).body("indicators", empty()).body("items", empty());
    }

    @Test
    void levelParentAndPageAreChecked() {
        Map<String, Map<String, Object>> wrong = Map.of(
                "level", Map.of("level", "CITY"),
                "parent", Map.of("parent", "61.01"),
                "page", Map.of("page", -1),
                "size", Map.of("size", 501));
        wrong.forEach((field, params) -> badInput("admin").queryParam("year", year).queryParams(params)
                .get("/api/v1/achievements").then().statusCode(400).body("errors[0].field", equalTo(field)));
        badInput("admin").queryParam("year", year).queryParam("level", "PROVINCE").queryParam("parent", "61")
                .get("/api/v1/achievements").then().statusCode(400).body("errors[0].field", equalTo("parent"));
    }

    private interface Body {
        void run();
    }

    /** Kalimantan Selatan with a regency and a city for the test's length; other tests count one province. */
    private void withSecondProvince(Body body) throws SQLException {
        api("admin").contentType("text/csv").body("code,bpsCode,name,level,parent\n"
                        + "63,63,Provinsi Kalimantan Selatan,PROVINCE,\n"
                        + "63.01,6301,Kabupaten Tanah Laut,REGENCY,63\n"
                        + "63.71,6371,Kota Banjarmasin,CITY,63\n")
                .post("/api/v1/imports/regions").then().statusCode(200);
        try {
            body.run();
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                for (String table : new String[] {"realization", "target"}) {
                    statement.execute("DELETE FROM " + table + " WHERE region_code IN ('63', '63.01', '63.71')");
                }
                statement.execute("DELETE FROM region WHERE code IN ('63.01', '63.71')");
                statement.execute("DELETE FROM region WHERE code = '63'");
            }
        }
    }
}
