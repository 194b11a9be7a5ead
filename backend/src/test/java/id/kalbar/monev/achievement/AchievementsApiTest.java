package id.kalbar.monev.achievement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.lastYear;
import static id.kalbar.monev.support.Reporting.reported;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.setTarget;
import static id.kalbar.monev.support.Reporting.verify;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Achievements computed from targets and realizations entered through the API, for last year. */
@QuarkusTest
class AchievementsApiTest {

    final int year = lastYear();

    private String q(int quarter) {
        return year + "Q" + quarter;
    }

    private ValidatableResponse achievements(String indicator, String... periodThenBasis) {
        var request = api("verifier").queryParam("year", year).queryParam("indicator", indicator);
        if (periodThenBasis.length > 0 && periodThenBasis[0] != null) {
            request.queryParam("period", periodThenBasis[0]);
        }
        if (periodThenBasis.length > 1) {
            request.queryParam("basis", periodThenBasis[1]);
        }
        return request.get("/api/v1/achievements").then().statusCode(200);
    }

    @Test
    void sumOverQuartersAgainstTheAnnualTargetOrItsBreakdown() {
        String indicator = createIndicator(createProgram());
        setTarget(indicator, "61.01", year, 100).statusCode(201);
        api("admin").contentType(ContentType.JSON)
                .body(Map.of("value", 100, "breakdown", List.of(Map.of("period", q(1), "value", 25),
                        Map.of("period", q(2), "value", 25), Map.of("period", q(3), "value", 25), Map.of("period", q(4), "value", 25))))
                .put("/api/v1/targets/" + indicator + "/61.02/" + year).then().statusCode(201);
        int[] values = {20, 20, 30, 10};
        for (int i = 0; i < 4; i++) {
            reported(indicator, "61.01", q(i + 1), String.valueOf(values[i]));
            reported(indicator, "61.02", q(i + 1), "30");
        }

        achievements(indicator)
                .body("throughPeriod", equalTo(String.valueOf(year)))
                .body("items.find { it.regionCode == '61.01' }.realization", equalTo(80))
                .body("items.find { it.regionCode == '61.01' }.achievement", equalTo(80))
                .body("items.find { it.regionCode == '61.01' }.rating", equalTo("GOOD"))
                .body("items.find { it.regionCode == '61.01' }.periodsReported", equalTo(4))
                .body("items.find { it.regionCode == '61.01' }.verified", equalTo(false))
                .body("items.find { it.regionCode == '61.02' }.achievement", equalTo(120));

        achievements(indicator, q(2))
                .body("throughPeriod", equalTo(q(2)))
                .body("items.find { it.regionCode == '61.01' }.realization", equalTo(40))
                .body("items.find { it.regionCode == '61.01' }.target", equalTo(100))
                .body("items.find { it.regionCode == '61.01' }.achievement", equalTo(40))
                .body("items.find { it.regionCode == '61.01' }.rating", equalTo("VERY_POOR"))
                .body("items.find { it.regionCode == '61.01' }.periodsExpected", equalTo(2))
                .body("items.find { it.regionCode == '61.02' }.target", equalTo(50))
                .body("items.find { it.regionCode == '61.02' }.achievement", equalTo(120));
    }

    @Test
    void lastAndAverageRollUpOverTime() {
        String program = createProgram();
        String last = createIndicator(program, Map.of("measure", "PERCENT", "unit", "%", "timeAggregation", "LAST",
                "regionAggregation", "AVERAGE"));
        String average = createIndicator(program, Map.of("measure", "PERCENT", "unit", "%", "timeAggregation", "AVERAGE",
                "regionAggregation", "AVERAGE"));
        String[] lastValues = {"50", "60", "55", "70"};
        String[] averageValues = {"10", "20", "30", "40"};
        for (int i = 0; i < 4; i++) {
            reported(last, "61.03", q(i + 1), lastValues[i]);
            reported(average, "61.03", q(i + 1), averageValues[i]);
        }
        reported(last, "61.04", q(1), "90");
        setTarget(last, "61.03", year, 70).statusCode(201);
        setTarget(average, "61.03", year, 20).statusCode(201);

        achievements(last)
                .body("items.find { it.regionCode == '61.03' }.realization", equalTo(70))
                .body("items.find { it.regionCode == '61.03' }.achievement", equalTo(100))
                .body("rollup[0].realization", equalTo(80))
                .body("rollup[0].regionsReporting", equalTo(2))
                .body("rollup[0].regionsExpected", equalTo(14));
        achievements(average)
                .body("items.find { it.regionCode == '61.03' }.realization", equalTo(25))
                .body("items.find { it.regionCode == '61.03' }.achievement", equalTo(125));
        achievements(last, q(2))
                .body("items.find { it.regionCode == '61.03' }.realization", equalTo(60));
    }

    @Test
    void lowerIsBetterAndRangeIndicators() {
        String program = createProgram();
        String npl = createIndicator(program, Map.of("periodType", "ANNUAL", "polarity", "LOWER_IS_BETTER",
                "measure", "PERCENT", "unit", "%", "timeAggregation", "LAST", "regionAggregation", "AVERAGE"));
        String cashRatio = createIndicator(program, Map.of("periodType", "ANNUAL", "polarity", "RANGE",
                "rangeLow", 10, "rangeHigh", 20, "measure", "PERCENT", "unit", "%", "timeAggregation", "LAST",
                "regionAggregation", "AVERAGE"));
        setTarget(npl, "61.05", year, 5).statusCode(201);
        reported(npl, "61.05", String.valueOf(year), "4");
        reported(cashRatio, "61.05", String.valueOf(year), "25");
        reported(cashRatio, "61.06", String.valueOf(year), "15");

        achievements(npl).body("items.find { it.regionCode == '61.05' }.achievement", equalTo(120));
        achievements(cashRatio)
                .body("items.find { it.regionCode == '61.05' }.achievement", equalTo(75))
                .body("items.find { it.regionCode == '61.05' }.rating", equalTo("FAIR"))
                .body("items.find { it.regionCode == '61.06' }.achievement", equalTo(100));
    }

    @Test
    void missingAndZeroAreNeverShownAsNumbers() {
        String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
        String period = String.valueOf(year);
        reported(indicator, "61.07", period, "12");
        setTarget(indicator, "61.08", year, 30).statusCode(201);
        setTarget(indicator, "61.09", year, 0).statusCode(201);
        reported(indicator, "61.09", period, "3");

        achievements(indicator)
                .body("items.find { it.regionCode == '61.07' }.status", equalTo("MISSING_TARGET"))
                .body("items.find { it.regionCode == '61.07' }.achievement", nullValue())
                .body("items.find { it.regionCode == '61.07' }.rating", nullValue())
                .body("items.find { it.regionCode == '61.08' }.status", equalTo("MISSING_REALIZATION"))
                .body("items.find { it.regionCode == '61.08' }.realization", nullValue())
                .body("items.find { it.regionCode == '61.09' }.status", equalTo("ZERO_TARGET"))
                .body("items.find { it.regionCode == '61.09' }.achievement", nullValue())
                .body("items.find { it.regionCode == '61.10' }.target", nullValue())
                .body("items.find { it.regionCode == '61.10' }.realization", nullValue());
    }

    @Test
    void draftsDoNotCountAndTheVerifiedBasisCountsOnlyVerifiedValues() {
        String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
        String period = String.valueOf(year);
        setTarget(indicator, "61.01", year, 10).statusCode(201);
        setTarget(indicator, "61.02", year, 10).statusCode(201);
        save("admin", indicator, "61.01", period, 8).statusCode(201);
        reported(indicator, "61.02", period, "9");

        achievements(indicator)
                .body("items.find { it.regionCode == '61.01' }.status", equalTo("MISSING_REALIZATION"))
                .body("items.find { it.regionCode == '61.02' }.achievement", equalTo(90));
        achievements(indicator, null, "VERIFIED")
                .body("basis", equalTo("VERIFIED"))
                .body("items.find { it.regionCode == '61.02' }.status", equalTo("MISSING_REALIZATION"));
        verify("verifier", indicator, "61.02", period).statusCode(200);
        achievements(indicator, null, "VERIFIED")
                .body("items.find { it.regionCode == '61.02' }.achievement", equalTo(90))
                .body("items.find { it.regionCode == '61.02' }.verified", equalTo(true));
    }

    @Test
    void provinceRollsUpBySumWithItsOwnTargetOrTheRegions() {
        String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL"));
        String period = String.valueOf(year);
        setTarget(indicator, "61.01", year, 10).statusCode(201);
        setTarget(indicator, "61.02", year, 30).statusCode(201);
        reported(indicator, "61.01", period, "10");
        reported(indicator, "61.02", period, "20");

        achievements(indicator)
                .body("rollup[0].realization", equalTo(30))
                .body("rollup[0].target", equalTo(40))
                .body("rollup[0].targetSource", equalTo("REGIONS"))
                .body("rollup[0].achievement", equalTo(75));
        setTarget(indicator, "61", year, 60).statusCode(201);
        achievements(indicator)
                .body("rollup[0].target", equalTo(60))
                .body("rollup[0].targetSource", equalTo("OWN"))
                .body("rollup[0].achievement", equalTo(50));
    }

    @Test
    void provinceReportedIndicatorsUseTheProvincesOwnValues() {
        String indicator = createIndicator(createProgram(), Map.of("periodType", "ANNUAL",
                "regionAggregation", "PROVINCE_REPORTED"));
        setTarget(indicator, "61", year, 4).statusCode(201);
        reported(indicator, "61", String.valueOf(year), "3");
        achievements(indicator)
                .body("items.regionCode", hasItems("61"))
                .body("items.size()", equalTo(1))
                .body("rollup[0].achievement", equalTo(75))
                .body("rollup[0].regionsExpected", equalTo(1));
    }

    @Test
    void demoYearHasAFullMatrixAndBands() {
        api("ministry").queryParam("year", 2025).queryParam("size", 500).get("/api/v1/achievements")
                .then().statusCode(200)
                .body("bands.rating", hasItems("VERY_GOOD", "GOOD", "FAIR", "POOR", "VERY_POOR"))
                .body("bands[0].minimum", equalTo(91))
                .body("items.find { it.indicatorCode == '2.17.06.01' && it.regionCode == '61.71' }.status",
                        equalTo("COMPUTED"));
    }

    @Test
    void yearIsRequiredAndPeriodMustLieInIt() {
        badInput("admin").get("/api/v1/achievements").then().statusCode(400).body("errors[0].field", equalTo("year"));
        badInput("admin").queryParam("year", 2025).queryParam("period", "2024Q1").get("/api/v1/achievements")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        badInput("admin").queryParam("year", 2025).queryParam("basis", "GUESSED").get("/api/v1/achievements")
                .then().statusCode(400).body("errors[0].field", equalTo("basis"));
    }

    /** The matrix as the dashboard asks for it again: the last answer's ETag in If-None-Match. */
    private ValidatableResponse matrixAgain(String user, String tag, String basis) {
        var request = api(user).header("If-None-Match", tag).queryParam("year", year);
        if (basis != null) {
            request.queryParam("basis", basis);
        }
        return request.get("/api/v1/achievements").then();
    }

    @Test
    void theMatrixIsAnswered304WhileNothingItIsComputedFromChanged() {
        String indicator = createIndicator(createProgram());
        setTarget(indicator, "61.01", year, 100).statusCode(201);
        reported(indicator, "61.01", q(1), "20");
        String tag = api("verifier").queryParam("year", year).get("/api/v1/achievements").then().statusCode(200)
                .header("ETag", startsWith("W/")).header("Cache-Control", equalTo("private, no-cache")).extract().header("ETag");

        matrixAgain("verifier", tag, null).statusCode(304).body(emptyString()).header("ETag", equalTo(tag));
        // Another question, or another caller's scope, is another report.
        matrixAgain("verifier", tag, "VERIFIED").statusCode(200);
        matrixAgain("op-6101", tag, null).statusCode(200);

        // Whatever the report is computed from changes its tag: a value verified, a draft saved and
        // deleted, a target set, an indicator changed.
        verify("verifier", indicator, "61.01", q(1)).statusCode(200);
        String verified = matrixAgain("verifier", tag, null).statusCode(200).extract().header("ETag");
        save("admin", indicator, "61.02", q(1), 5).statusCode(201);
        String drafted = matrixAgain("verifier", verified, null).statusCode(200).extract().header("ETag");
        api("admin").delete("/api/v1/realizations/" + indicator + "/61.02/" + q(1)).then().statusCode(204);
        String deleted = matrixAgain("verifier", drafted, null).statusCode(200).extract().header("ETag");
        // The tag follows the last committed change: a deletion is one too.
        matrixAgain("verifier", deleted, null).statusCode(304);
        setTarget(indicator, "61.02", year, 50).statusCode(201);
        String targeted = matrixAgain("verifier", deleted, null).statusCode(200).extract().header("ETag");
        api("admin").contentType("application/merge-patch+json").body(Map.of("name", "Nama baru"))
                .patch("/api/v1/indicators/" + indicator).then().statusCode(200);
        matrixAgain("verifier", targeted, null).statusCode(200);
        assertEquals(5, Set.of(tag, verified, drafted, deleted, targeted).size());
    }
}
