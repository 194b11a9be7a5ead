package id.kalbar.monev.realization;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Reporting.save;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realization values are partitioned by year (V82): each value lives in its year's partition, whatever writes it. */
@QuarkusTest
class PartitionedValuesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTableHasOnePartitionPerYearTheCheckAllows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT c.relkind, pg_get_partkeydef(c.oid) FROM pg_class c "
                    + "WHERE c.oid = 'realization'::regclass")) {
                assertTrue(rs.next());
                assertEquals("p", rs.getString(1));
                assertEquals("RANGE (year)", rs.getString(2));
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*), min(c.relname), max(c.relname), "
                    + "count(*) FILTER (WHERE pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT') "
                    + "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'realization'::regclass")) {
                assertTrue(rs.next());
                assertEquals(101, rs.getInt(1));
                assertEquals("realization_y2000", rs.getString(2));
                assertEquals("realization_y2100", rs.getString(3));
                assertEquals(0, rs.getInt(4));
            }
        }
    }

    @Test
    void valuesOfTwoYearsLandInTheirPartitionsByImportAndBySingleWrite() throws SQLException {
        String indicator = createIndicator(createProgram());
        String csv = "indicator,region,period,value,note\n" + indicator + ",61.01,2024Q2,10,\n" + indicator + ",61.01,2025Q3,20,\n";
        api("admin").contentType("text/csv").body(csv).post("/api/v1/imports/realizations").then().statusCode(200)
                .body("created", equalTo(2));
        // Loaded again: each row is found in its own year's partition, so nothing is created twice.
        api("admin").contentType("text/csv").body(csv).post("/api/v1/imports/realizations").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));
        api("admin").contentType("text/csv").body(csv.replace(",20,", ",21,")).post("/api/v1/imports/realizations")
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));

        // Single writes: one new value in a third year, one change of an imported value, then its workflow.
        save("admin", indicator, "61.01", "2023Q4", 5).statusCode(201);
        save("admin", indicator, "61.01", "2024Q2", 11).statusCode(200).body("value", equalTo(11));
        String path = "/api/v1/realizations/" + indicator + "/61.01/2024Q2";
        api("admin").post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        api("verifier").post(path + "/verify").then().statusCode(200).body("status", equalTo("VERIFIED"));
        api("admin").contentType(ContentType.JSON).body(Map.of("regionCode", "61.01", "period", "2025Q3"))
                .post("/api/v1/realizations/submissions").then().statusCode(200);
        api("admin").get("/api/v1/realizations/" + indicator + "/61.01/2025Q3").then().statusCode(200)
                .body("value", equalTo(21)).body("status", equalTo("SUBMITTED"));

        assertEquals(Map.of("2023Q4", "realization_y2023", "2024Q2", "realization_y2024", "2025Q3", "realization_y2025"),
                partitionsOf(indicator));

        api("admin").delete("/api/v1/realizations/" + indicator + "/61.01/2023Q4").then().statusCode(204);
        assertEquals(Map.of("2024Q2", "realization_y2024", "2025Q3", "realization_y2025"), partitionsOf(indicator));
        api("admin").get("/api/v1/realizations/" + indicator + "/61.01/2025Q9").then().statusCode(404);
    }

    @Test
    void aQueryNamingAYearReadsThatYearsPartitionOnly() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "EXPLAIN SELECT count(*) FROM realization WHERE year = ? AND region_code = '61.01'")) {
            statement.setInt(1, 2025);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("realization_y2025"), plan.toString());
            assertFalse(plan.toString().contains("realization_y2024"), plan.toString());
        }
    }

    private Map<String, String> partitionsOf(String indicator) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT period, tableoid::regclass::text FROM realization WHERE indicator_code = ?")) {
            statement.setString(1, indicator);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return result;
    }
}
