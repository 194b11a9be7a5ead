package id.kalbar.monev.comment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class CommentCountsTest {

    private static final String COUNTS = "/api/v1/comment-counts";

    @Test
    void aRegionsValuesAreCountedAfterCommentsAreAddedAndDeleted() {
        String program = createProgram();
        String discussed = createIndicator(program);
        String deletedOnly = createIndicator(program);
        String silent = createIndicator(program);
        String quarter = openQuarter();
        for (String indicator : List.of(discussed, deletedOnly, silent)) {
            save("op-6110", indicator, "61.10", quarter, 5).statusCode(201);
        }
        String first = comment("verifier", valueThread(discussed, quarter), "Sumber datanya apa?");
        comment("op-6110", valueThread(discussed, quarter), "Data dinas kabupaten.");
        comment("op-6110", valueThread(discussed, quarter), "Lampiran menyusul.");
        String withdrawn = comment("op-6110", valueThread(deletedOnly, quarter), "Salah ketik");
        assertThat(valueCounts("op-6110", quarter)).containsEntry(discussed, 3).containsEntry(deletedOnly, 1);

        api("verifier").delete("/api/v1/comments/" + first).then().statusCode(204);
        api("op-6110").delete("/api/v1/comments/" + withdrawn).then().statusCode(204);

        Map<String, Integer> counts = valueCounts("op-6110", quarter);
        assertThat(counts).containsEntry(discussed, 2).doesNotContainKeys(deletedOnly, silent);
        api("op-6110").queryParam("threadType", "REALIZATION").queryParam("region", "61.10").queryParam("period", quarter)
                .get(COUNTS).then().statusCode(200)
                .body("find { it.indicatorCode == '" + discussed + "' }.threadKey",
                        equalTo(discussed + "/61.10/" + quarter));
        // Another period of the same region has its own counts.
        String otherYear = (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
        assertThat(valueCounts("op-6110", otherYear)).doesNotContainKey(discussed);
    }

    @Test
    void aRoundsProposalsAreCounted_andTheMinistryReadsThem() {
        int year = Integer.parseInt(openQuarter().substring(0, 4)) + 1;
        String indicator = createIndicator(createProgram());
        api("op-6111").contentType(ContentType.JSON).body(Map.of("value", new BigDecimal("12"), "justification", "Tren naik"))
                .put("/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.11").then().statusCode(200);
        String thread = "/api/v1/target-rounds/" + year + "/proposals/" + indicator + "/61.11/comments";
        comment("verifier", thread, "Bisakah dinaikkan?");
        comment("op-6111", thread, "Anggaran terbatas.");

        for (String reader : List.of("op-6111", "ministry", "admin", "verifier")) {
            api(reader).queryParam("threadType", "PROPOSAL").queryParam("region", "61.11").queryParam("year", year)
                    .get(COUNTS).then().statusCode(200)
                    .body("find { it.indicatorCode == '" + indicator + "' }.count", equalTo(2))
                    .body("find { it.indicatorCode == '" + indicator + "' }.threadKey",
                            equalTo(year + "/" + indicator + "/61.11"));
        }
        api("ministry").queryParam("threadType", "PROPOSAL").queryParam("region", "61.11").queryParam("year", year - 1)
                .get(COUNTS).then().statusCode(200)
                .body("findAll { it.indicatorCode == '" + indicator + "' }.size()", equalTo(0));
    }

    @Test
    void anOperatorCountsOnlyItsOwnRegion_refusedAsForTheValuesThemselves() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("op-6112", indicator, "61.12", quarter, 3).statusCode(201);
        String valueRefusal = badInput("op-6102").get("/api/v1/realizations/" + indicator + "/61.12/" + quarter)
                .then().statusCode(403).extract().path("detail");

        badInput("op-6102").queryParam("threadType", "REALIZATION").queryParam("region", "61.12").queryParam("period", quarter)
                .get(COUNTS).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo(valueRefusal));
        badInput("op-6102").queryParam("threadType", "PROPOSAL").queryParam("region", "61.12").queryParam("year", 2027)
                .get(COUNTS).then().statusCode(403);
        badInput().queryParam("threadType", "REALIZATION").queryParam("region", "61.12").queryParam("period", quarter)
                .get(COUNTS).then().statusCode(401);
    }

    @Test
    void badParametersAreRefusedWithTheirNames() {
        assertThat(refused(Map.of("threadType", "VALUE", "region", "61.01", "period", "2026Q3"))).containsExactly("threadType");
        assertThat(refused(Map.of("threadType", "FINDING", "region", "61.01"))).containsExactly("threadType");
        assertThat(refused(Map.of("region", "61.01", "period", "2026Q3"))).containsExactly("threadType");
        assertThat(refused(Map.of("threadType", "REALIZATION", "period", "2026Q3"))).containsExactly("region");
        assertThat(refused(Map.of("threadType", "REALIZATION", "region", "61.01%", "period", "2026Q3")))
                .containsExactly("region");
        assertThat(refused(Map.of("threadType", "REALIZATION", "region", "61.01", "period", "2026Q5")))
                .containsExactly("period");
        assertThat(refused(Map.of("threadType", "REALIZATION", "region", "61.01"))).containsExactly("period");
        assertThat(refused(Map.of("threadType", "REALIZATION", "region", "61.01", "period", "2026Q3", "year", "2026")))
                .containsExactly("year");
        assertThat(refused(Map.of("threadType", "PROPOSAL", "region", "61.01"))).containsExactly("year");
        assertThat(refused(Map.of("threadType", "PROPOSAL", "region", "61.01", "year", "dua ribu")))
                .containsExactly("year");
        assertThat(refused(Map.of("threadType", "PROPOSAL", "region", "61.01", "year", "99999999999")))
                .containsExactly("year");
        assertThat(refused(Map.of("threadType", "PROPOSAL"))).containsExactlyInAnyOrder("region", "year");
        badInput("admin").queryParam("threadType", "REALIZATION").queryParam("region", "61.01").queryParam("period", "x")
                .header("Accept-Language", "id").get(COUNTS).then().statusCode(400)
                .body("errors.message", hasItems("harus berbentuk seperti 2025, 2025S1, 2025Q3 atau 2025-07"));
    }

    private static String valueThread(String indicator, String period) {
        return "/api/v1/realizations/" + indicator + "/61.10/" + period + "/comments";
    }

    private static String comment(String user, String thread, String body) {
        return api(user).contentType(ContentType.JSON).body(Map.of("body", body)).post(thread)
                .then().statusCode(201).extract().path("id");
    }

    /** Indicator code → count of the region 61.10's values in the period. */
    private static Map<String, Integer> valueCounts(String user, String period) {
        JsonPath body = api(user).queryParam("threadType", "REALIZATION").queryParam("region", "61.10")
                .queryParam("period", period).get(COUNTS).then().statusCode(200).extract().jsonPath();
        List<String> indicators = body.getList("indicatorCode");
        List<Integer> counts = body.getList("count");
        return java.util.stream.IntStream.range(0, indicators.size()).boxed()
                .collect(java.util.stream.Collectors.toMap(indicators::get, counts::get));
    }

    /** The parameters a 400 problem names. */
    private static List<String> refused(Map<String, String> parameters) {
        return badInput("admin").queryParams(parameters).get(COUNTS).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getList("errors.field");
    }
}
