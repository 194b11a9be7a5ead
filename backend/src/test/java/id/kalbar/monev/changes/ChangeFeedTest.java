package id.kalbar.monev.changes;

import id.kalbar.monev.support.Guidance;
import id.kalbar.monev.support.TestCodes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.setTarget;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change feed reports every write, whatever path made it, in commit order. Each test reads from the
 * end of the feed as it found it, and looks only at the records it created itself.
 */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    AgroalDataSource dataSource;

    String start;

    @BeforeEach
    void endOfTheFeed() {
        start = drain("admin", "0-0").next;
    }

    /** Everything after the cursor, page by page, and the cursor behind it. */
    record Read(List<Map<String, Object>> items, String next, int pages) {
    }

    private Read drain(String user, String after) {
        return drain(user, after, 5000);
    }

    private Read drain(String user, String after, int size) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = after;
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonPath page = api(user).queryParam("after", cursor).queryParam("size", size).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            String next = page.getString("next");
            more = page.getBoolean("hasMore");
            if (more) {
                assertFalse(next.equals(cursor), "a page with more to come moves the cursor");
            }
            cursor = next;
            pages++;
        }
        return new Read(items, cursor, pages);
    }

    @SuppressWarnings("unchecked")
    private static List<String> operationsOn(List<Map<String, Object>> items, String entityType, Map<String, Object> key) {
        return items.stream()
                .filter(i -> entityType.equals(i.get("entityType")) && key.equals(i.get("key")))
                .map(i -> (String) i.get("operation"))
                .toList();
    }

    private static Map<String, Object> code(String code) {
        return Map.of("code", code);
    }

    private static Map<String, Object> realization(String indicator, String region, String period) {
        return Map.of("indicatorCode", indicator, "regionCode", region, "period", period);
    }

    @Test
    void aRealizationIsCreatedUpdatedAndDeleted() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("admin", indicator, "61.01", quarter, 5).statusCode(201);
        save("admin", indicator, "61.01", quarter, 6).statusCode(200);
        api("admin").delete("/api/v1/realizations/" + indicator + "/61.01/" + quarter).then().statusCode(204);

        List<Map<String, Object>> items = drain("ministry", start).items;
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"),
                operationsOn(items, "REALIZATION", realization(indicator, "61.01", quarter)));
        Map<String, Object> created = items.stream().filter(i -> "REALIZATION".equals(i.get("entityType"))).findFirst().orElseThrow();
        assertEquals("61.01", created.get("regionCode"));
        assertTrue(items.indexOf(items.stream().filter(i -> code(indicator).equals(i.get("key"))).findFirst().orElseThrow())
                < items.indexOf(created), "the indicator was committed before its realization");
    }

    @Test
    void aTargetWithItsBreakdownIsCreatedUpdatedAndDeleted() throws SQLException {
        String indicator = createIndicator(createProgram());
        int year = today().getYear() + 1;
        setTarget(indicator, "61.03", year, 100).statusCode(201);
        api("admin").contentType(ContentType.JSON)
                .body(Map.of("value", 100, "breakdown", List.of(Map.of("period", year + "Q1", "value", 40),
                        Map.of("period", year + "Q2", "value", 60))))
                .put("/api/v1/targets/" + indicator + "/61.03/" + year).then().statusCode(200);
        // No endpoint deletes a target: a deletion by any other path is captured all the same.
        execute("DELETE FROM target WHERE indicator_code = ?", indicator);

        List<Map<String, Object>> items = drain("admin", start).items;
        List<String> operations = operationsOn(items, "TARGET",
                Map.of("indicatorCode", indicator, "regionCode", "61.03", "year", year));
        assertEquals("CREATE", operations.get(0));
        assertTrue(operations.subList(1, operations.size() - 1).stream().allMatch("UPDATE"::equals), operations.toString());
        assertTrue(operations.size() >= 3, "the breakdown is an update of its target: " + operations);
        assertEquals("DELETE", operations.get(operations.size() - 1));
    }

    @Test
    void anIndicatorIsCreatedUpdatedAndDeleted() {
        String program = createProgram();
        String indicator = createIndicator(program);
        api("admin").contentType("application/merge-patch+json").body(Map.of("name", "Nama baru"))
                .patch("/api/v1/indicators/" + indicator).then().statusCode(200);
        api("admin").delete("/api/v1/indicators/" + indicator).then().statusCode(204);

        List<Map<String, Object>> items = drain("verifier", start).items;
        assertEquals(List.of("CREATE"), operationsOn(items, "PROGRAM", code(program)));
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), operationsOn(items, "INDICATOR", code(indicator)));
        items.stream().filter(i -> code(indicator).equals(i.get("key")))
                .forEach(i -> assertEquals(null, i.get("regionCode"), "the catalogue belongs to no region"));
    }

    @Test
    void aBulkLoadIsReportedRowByRowInOneCommit() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        String csv = "indicator,region,period,value,note\n"
                + indicator + ",61.01," + quarter + ",1,\n"
                + indicator + ",61.02," + quarter + ",2,\n"
                + indicator + ",61.03," + quarter + ",3,\n";
        api("admin").contentType("text/csv").body(csv).post("/api/v1/imports/realizations").then().statusCode(200)
                .body("created", equalTo(3));
        api("admin").contentType("text/csv").body(csv.replace(",3,", ",4,")).post("/api/v1/imports/realizations")
                .then().statusCode(200);

        List<Map<String, Object>> items = drain("ministry", start).items;
        List<String> commits = new ArrayList<>();
        for (String region : List.of("61.01", "61.02", "61.03")) {
            Map<String, Object> key = realization(indicator, region, quarter);
            assertEquals("CREATE", operationsOn(items, "REALIZATION", key).get(0), region);
            String cursor = (String) items.stream().filter(i -> key.equals(i.get("key"))).findFirst().orElseThrow().get("cursor");
            commits.add(cursor.substring(0, cursor.indexOf('-')));
        }
        assertEquals(1, commits.stream().distinct().count(), "one load, one commit: " + commits);
        assertEquals(List.of("CREATE", "UPDATE"),
                operationsOn(items, "REALIZATION", realization(indicator, "61.03", quarter)));
    }

    @Test
    void evaluationRecordsAreReported() {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("title", "Rapat umpan perubahan");
        meeting.put("date", "2025-09-18");
        meeting.put("place", "Pontianak");
        meeting.put("year", 2025);
        meeting.put("periods", List.of("2025S1"));
        meeting.put("invitedRegionCodes", List.of("61.01", "61.02"));
        meeting.put("attendedRegionCodes", List.of("61.01"));
        String meetingId = api("verifier").contentType(ContentType.JSON).body(meeting).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> finding = new HashMap<>();
        finding.put("regionCode", "61.04");
        finding.put("meetingId", meetingId);
        finding.put("category", "DATA_QUALITY");
        finding.put("severity", "LOW");
        finding.put("title", "Data koperasi belum mutakhir " + TestCodes.unique("F"));
        finding.put("description", "Data koperasi aktif belum dimutakhirkan.");
        finding.put("foundOn", LocalDate.of(2025, 9, 18).toString());
        String findingId = api("verifier").contentType(ContentType.JSON).body(finding).post("/api/v1/findings")
                .then().statusCode(201).extract().path("id");
        api("admin").delete("/api/v1/findings/" + findingId).then().statusCode(204);
        String kept = api("verifier").contentType(ContentType.JSON).body(finding).post("/api/v1/findings")
                .then().statusCode(201).extract().path("id");
        String recommendationId = Guidance.createRecommendation(kept, "61.04", LocalDate.of(2025, 12, 1),
                "Pendampingan pemutakhiran data");
        String followUpId = api("verifier").contentType(ContentType.JSON)
                .body(Map.of("date", "2025-10-01", "description", "Pendampingan dilaksanakan", "status", "IN_PROGRESS"))
                .post("/api/v1/recommendations/" + recommendationId + "/follow-ups").then().statusCode(201)
                .extract().path("id");

        List<Map<String, Object>> items = drain("admin", start).items;
        List<String> meetingOperations = operationsOn(items, "MEETING", Map.of("id", meetingId));
        assertEquals("CREATE", meetingOperations.get(0));
        assertEquals(List.of("CREATE", "DELETE"), operationsOn(items, "FINDING", Map.of("id", findingId)));
        assertTrue(items.stream().filter(i -> Map.of("id", findingId).equals(i.get("key")))
                .allMatch(i -> "61.04".equals(i.get("regionCode"))));
        // Recommendations and follow-ups belong to their finding's region.
        assertEquals("CREATE", operationsOn(items, "RECOMMENDATION", Map.of("id", recommendationId)).get(0));
        assertEquals(List.of("CREATE"), operationsOn(items, "FOLLOW_UP", Map.of("id", followUpId)));
        for (String id : List.of(kept, recommendationId, followUpId)) {
            assertTrue(items.stream().filter(i -> Map.of("id", id).equals(i.get("key")))
                    .allMatch(i -> "61.04".equals(i.get("regionCode"))), "region of " + id);
        }
    }

    @Test
    void anOperatorReadsItsOwnRegionAndTheCatalogueOnly() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        save("admin", indicator, "61.01", quarter, 1).statusCode(201);
        save("admin", indicator, "61.02", quarter, 2).statusCode(201);

        List<Map<String, Object>> own = drain("op-6101", start).items;
        assertEquals(List.of("CREATE"), operationsOn(own, "INDICATOR", code(indicator)));
        assertEquals(List.of("CREATE"), operationsOn(own, "REALIZATION", realization(indicator, "61.01", quarter)));
        assertTrue(own.stream().allMatch(i -> i.get("regionCode") == null || "61.01".equals(i.get("regionCode"))),
                "an operator of 61.01 sees no other region's change");
        assertEquals(List.of(), operationsOn(own, "REALIZATION", realization(indicator, "61.02", quarter)));

        List<Map<String, Object>> all = drain("ministry", start).items;
        assertEquals(List.of("CREATE"), operationsOn(all, "REALIZATION", realization(indicator, "61.02", quarter)));
    }

    @Test
    void smallPagesContinueFromTheirCursorAndMissNothing() {
        String indicator = createIndicator(createProgram());
        String quarter = openQuarter();
        for (String region : List.of("61.05", "61.06", "61.07")) {
            save("admin", indicator, region, quarter, 7).statusCode(201);
        }
        Read whole = drain("admin", start);
        Read paged = drain("admin", start, 1);
        assertTrue(whole.items.size() >= 4);
        assertEquals(whole.items, paged.items);
        assertEquals(whole.next, paged.next);
        assertTrue(paged.pages >= whole.items.size(), "one change per page");

        api("admin").queryParam("after", whole.next).get("/api/v1/changes").then().statusCode(200)
                .body("next", equalTo(whole.next)).body("hasMore", equalTo(false));
        String second = (String) paged.items.get(0).get("cursor");
        api("admin").queryParam("after", second).queryParam("size", 1).get("/api/v1/changes").then().statusCode(200)
                .body("items[0]", equalTo(whole.items.get(1)));
    }

    @Test
    void aMalformedCursorOrSizeIsABadRequest() {
        for (String cursor : List.of("abc", "12", "1-", "-1-2", "1-2-3", "1.5-2", "99999999999999999999-1",
                "1-99999999999999999999", "١-٢")) {
            badInput("ministry").queryParam("after", cursor).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("after"));
        }
        for (String size : List.of("0", "5001", "x", "-1", "99999999999")) {
            badInput("ministry").queryParam("size", size).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("size"));
        }
    }

    @Test
    void withoutATokenThereIsNoFeed() {
        badInput().get("/api/v1/changes").then().statusCode(401).contentType("application/problem+json");
        badInput().header("Authorization", "Bearer not-a-token").get("/api/v1/changes").then().statusCode(401);
    }

    /**
     * Transaction A writes first but commits last; B writes and commits in between. A reader who took B's
     * cursor must still get A afterwards, and the feed lists B before A: commit order, not write order.
     */
    @Test
    void aTransactionCommittingLateIsNotSkipped() throws SQLException {
        String early = TestCodes.unique("PA");
        String late = TestCodes.unique("PB");
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            insertProgram(a, early);
            insertProgram(b, late);
            b.commit();

            Read beforeA = drain("ministry", start);
            assertEquals(List.of("CREATE"), operationsOn(beforeA.items, "PROGRAM", code(late)));
            assertEquals(List.of(), operationsOn(beforeA.items, "PROGRAM", code(early)));

            a.commit();
            Read afterA = drain("ministry", beforeA.next);
            assertEquals(List.of("CREATE"), operationsOn(afterA.items, "PROGRAM", code(early)));
        }
        List<Map<String, Object>> all = drain("ministry", start).items;
        int bAt = all.indexOf(all.stream().filter(i -> code(late).equals(i.get("key"))).findFirst().orElseThrow());
        int aAt = all.indexOf(all.stream().filter(i -> code(early).equals(i.get("key"))).findFirst().orElseThrow());
        assertTrue(bAt < aAt, "B committed first and comes first");
    }

    @Test
    void aRecordWrittenBeforeTheFeedExistedIsReportedOnceWhenTheFeedCatchesUp() throws SQLException {
        String old = TestCodes.unique("PO");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // As before V83: no capture trigger fires.
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            insertProgram(connection, old);
            connection.commit();
        }
        assertEquals(List.of(), operationsOn(drain("ministry", start).items, "PROGRAM", code(old)));

        for (int run = 0; run < 2; run++) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SELECT change_feed_record_untracked()");
            }
        }
        assertEquals(List.of("CREATE"), operationsOn(drain("ministry", start).items, "PROGRAM", code(old)),
                "reported once, however often the catching up runs");
    }

    private static void insertProgram(Connection connection, String code) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO program (code, name, field, authority, start_year) VALUES (?, ?, 'SME', 'SHARED', 2025)")) {
            insert.setString(1, code);
            insert.setString(2, "Program " + code);
            insert.executeUpdate();
        }
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
