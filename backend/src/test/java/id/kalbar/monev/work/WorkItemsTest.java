package id.kalbar.monev.work;

import id.kalbar.monev.support.Guidance;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Guidance.createFinding;
import static id.kalbar.monev.support.Guidance.createRecommendation;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class WorkItemsTest {

    @Test
    void operatorSeesItsOpenPeriodReturnedValuesAndDueRecommendationsOnlyOfItsRegion() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("op-6101", indicator, "61.01", quarter, 7).statusCode(201);
        submit("op-6101", indicator, "61.01", quarter).statusCode(200);
        api("verifier").contentType(ContentType.JSON).body(Map.of("reason", "Lampirkan daftar koperasi binaan"))
                .post("/api/v1/realizations/" + indicator + "/61.01/" + quarter + "/return").then().statusCode(200);
        String finding = createFinding("verifier", "61.01", "Pembiayaan koperasi tertunda");
        String dueSoon = createRecommendation(finding, "61.01", today().plusDays(3), "Dampingi proposal LPDB");
        String overdue = createRecommendation(finding, "61.01", today().minusDays(2), "Kirim data RAT");

        JsonPath work = Guidance.work("op-6101");
        List<Map<String, Object>> items = work.getList("items");
        Map<String, Object> returned = item(items, "VALUE_RETURNED", indicator + "/61.01/" + quarter);
        assertThat(returned.get("detail")).isEqualTo("Lampirkan daftar koperasi binaan");
        assertThat((String) returned.get("link")).startsWith("/reporting?").contains("period=" + quarter)
                .contains("indicator=" + indicator);
        Map<String, Object> period = item(items, "OPEN_PERIOD", "61.01/" + quarter);
        assertThat(((Number) period.get("done")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(((Number) period.get("total")).longValue()).isGreaterThanOrEqualTo(((Number) period.get("done")).longValue());
        assertThat(period.get("dueDate")).isNotNull();
        assertThat(period.get("daysLeft")).isNotNull();
        assertThat(item(items, "RECOMMENDATION_DUE", dueSoon).get("daysLeft")).isEqualTo(3);
        assertThat(item(items, "RECOMMENDATION_OVERDUE", overdue).get("daysLeft")).isEqualTo(-2);
        assertThat(items).allSatisfy(i -> assertThat(i.get("regionCode")).isIn("61.01", "61", null));
        assertMostUrgentFirst(items);

        List<Map<String, Object>> neighbour = Guidance.work("op-6102").getList("items");
        assertThat(neighbour).noneMatch(i -> "61.01".equals(i.get("regionCode")));
        assertThat(neighbour).noneMatch(i -> String.valueOf(i.get("subject")).contains(indicator)
                || dueSoon.equals(i.get("subject")) || overdue.equals(i.get("subject")));
        assertThat(neighbour).anyMatch(i -> "OPEN_PERIOD".equals(i.get("kind")) && ("61.02/" + quarter).equals(i.get("subject")));
    }

    @Test
    void operatorIsAskedForTheProposalsOfTheOpenRound() {
        List<Map<String, Object>> items = Guidance.work("op-6105").getList("items");
        Map<String, Object> proposals = items.stream().filter(i -> "PROPOSALS_TO_MAKE".equals(i.get("kind")))
                .findFirst().orElseThrow();
        assertThat((String) proposals.get("link")).startsWith("/target-rounds/");
        assertThat(((Number) proposals.get("total")).longValue()).isGreaterThan(((Number) proposals.get("done")).longValue());
    }

    @Test
    void verifierSeesWhatWaitsPerRegionOverdueRecommendationsAndProposalsToReview() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("op-6107", indicator, "61.07", quarter, 3).statusCode(201);
        submit("op-6107", indicator, "61.07", quarter).statusCode(200);
        String finding = createFinding("verifier", "61.07", "Data koperasi tidak mutakhir");
        String overdue = createRecommendation(finding, "61.07", today().minusYears(20), "Mutakhirkan data");

        List<Map<String, Object>> items = Guidance.work("verifier").getList("items");
        Map<String, Object> waiting = item(items, "AWAITING_VERIFICATION", "61.07");
        assertThat(((Number) waiting.get("total")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(waiting.get("waitingDays")).isNotNull();
        assertThat((String) waiting.get("link")).isEqualTo("/verification?region=61.07");
        assertThat(item(items, "RECOMMENDATION_OVERDUE", overdue).get("regionCode")).isEqualTo("61.07");
        assertMostUrgentFirst(items);
    }

    @Test
    void administratorSeesEveryRegionsCompletenessAndTheRound() {
        String quarter = openQuarter();
        List<Map<String, Object>> items = Guidance.work("admin").getList("items");
        List<Object> regions = items.stream()
                .filter(i -> "REPORTING_COMPLETENESS".equals(i.get("kind")) && String.valueOf(i.get("subject")).endsWith("/" + quarter))
                .map(i -> i.get("regionCode")).toList();
        assertThat(regions).contains("61.01", "61.02", "61.03", "61.04", "61.05", "61.06", "61.07", "61.08", "61.09",
                "61.10", "61.11", "61.12", "61.71", "61.72");
        assertThat(items).anyMatch(i -> "TARGET_ROUND".equals(i.get("kind")));
    }

    @Test
    void ministrySeesTheProvincesCompletenessAndKeyFigures() {
        List<Map<String, Object>> items = Guidance.work("ministry").getList("items");
        assertThat(items).anyMatch(i -> "PROVINCE_COMPLETENESS".equals(i.get("kind")) && openQuarter().equals(i.get("subject")));
        assertThat(items).filteredOn(i -> "KEY_FIGURE".equals(i.get("kind"))).hasSize(2)
                .allSatisfy(i -> assertThat(i.get("done")).isNotNull());
    }

    @Test
    void workNeedsAToken() {
        badInput().get("/api/v1/me/work").then().statusCode(401).body("status", equalTo(401));
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String kind, String subject) {
        return items.stream().filter(i -> kind.equals(i.get("kind")) && subject.equals(i.get("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item for " + subject + " in " + items));
    }

    /** Overdue items come before the rest, and within each group the nearest due date first. */
    private static void assertMostUrgentFirst(List<Map<String, Object>> items) {
        boolean seenNotOverdue = false;
        for (Map<String, Object> item : items) {
            boolean overdue = item.get("daysLeft") != null && ((Number) item.get("daysLeft")).intValue() < 0;
            assertThat(overdue && seenNotOverdue).as("overdue item after a non-overdue one: %s", item).isFalse();
            seenNotOverdue |= !overdue;
        }
    }
}
