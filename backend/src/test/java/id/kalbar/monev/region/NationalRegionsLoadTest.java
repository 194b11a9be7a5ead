package id.kalbar.monev.region;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static id.kalbar.monev.support.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national region tree of scripts/regions-indonesia.csv (Kepmendagri 300.2.2-2138/2025) loads in
 * one bulk import, as the README tells administrators: 38 provinces and 514 regencies and cities,
 * Kalimantan Barat's seeded rows unchanged, and a second load changes nothing.
 */
@QuarkusTest
class NationalRegionsLoadTest {

    private static final Path FILE = Path.of("..", "scripts", "regions-indonesia.csv");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theNationalTreeLoadsOnceAndAgainChangesNothing() throws IOException, SQLException {
        String csv = Files.readString(FILE, StandardCharsets.UTF_8);
        try {
            loadTwice(csv);
        } finally {
            // Other tests count Kalimantan Barat's 15 regions: take the rest of the nation away again.
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM region WHERE parent_code IS NOT NULL AND parent_code <> '61'");
                statement.execute("DELETE FROM region WHERE parent_code IS NULL AND code <> '61'");
            }
        }
    }

    private void loadTwice(String csv) {
        api("admin").contentType("text/csv").body(csv).post("/api/v1/imports/regions?dryRun=true")
                .then().statusCode(200)
                .body("rows", equalTo(552)).body("rejected", equalTo(0)).body("committed", equalTo(false));

        // The 15 rows of Kalimantan Barat are the seeded ones, to the letter: unchanged, not updated.
        api("admin").contentType("text/csv").body(csv).post("/api/v1/imports/regions")
                .then().statusCode(200)
                .body("rows", equalTo(552))
                .body("created", equalTo(537))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(15))
                .body("rejected", equalTo(0));
        assertStored();

        api("admin").contentType("text/csv").body(csv).post("/api/v1/imports/regions")
                .then().statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(552))
                .body("rejected", equalTo(0));
        assertStored();
    }

    private static void assertStored() {
        api("ministry").queryParam("level", "PROVINCE").queryParam("size", "1").get("/api/v1/regions")
                .then().statusCode(200).body("total", equalTo(38));
        int regencies = api("ministry").queryParam("level", "REGENCY").queryParam("size", "1").get("/api/v1/regions")
                .then().statusCode(200).extract().path("total");
        int cities = api("ministry").queryParam("level", "CITY").queryParam("size", "1").get("/api/v1/regions")
                .then().statusCode(200).extract().path("total");
        assertEquals(514, regencies + cities);
        assertEquals(98, cities);
        api("ministry").queryParam("parent", "61").queryParam("size", "1").get("/api/v1/regions")
                .then().statusCode(200).body("total", equalTo(14));
        // Kemendagri and BPS codes differ: Kalimantan Barat's seed and the provinces of the 2022 Papua split.
        api("ministry").get("/api/v1/regions/61.07").then().statusCode(200)
                .body("bpsCode", equalTo("6102")).body("name", equalTo("Kabupaten Bengkayang"));
        api("ministry").get("/api/v1/regions/95").then().statusCode(200)
                .body("bpsCode", equalTo("97")).body("name", equalTo("Provinsi Papua Pegunungan"));
        api("ministry").get("/api/v1/regions/31.74").then().statusCode(200)
                .body("bpsCode", equalTo("3171")).body("level", equalTo("CITY")).body("parentCode", equalTo("31"));
    }
}
