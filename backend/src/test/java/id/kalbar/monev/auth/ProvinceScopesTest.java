package id.kalbar.monev.auth;

import id.kalbar.monev.support.Accounts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.CatalogueFixtures.program;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.reported;
import static id.kalbar.monev.support.Reporting.setTarget;
import static id.kalbar.monev.support.Reporting.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A deployment holding a second province (64, Kalimantan Timur, with its regency 64.01) beside the
 * demo's 61: staff bound to one province reach nothing of the other, the ministry reads both, and an
 * administrator of the whole deployment still manages everything. The second province is loaded through
 * the API and taken away again afterwards, because other tests count the demo's 15 regions.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceScopesTest {

    private static final String REFUSED = "urn:monev:problem:region-not-allowed";
    /** A year of its own for the target round, far from the demo's and the other tests'. */
    private static final int ROUND_YEAR = 2097;

    @Inject
    AgroalDataSource dataSource;

    private String indicator;
    private String provinceIndicator;
    private String period;
    private String admin64;
    private String verifier64;
    private String operator6401;
    private String operator64;
    private String admin61;
    private String verifier61;
    private String user61;

    private boolean ready;

    /** Once per class, at the first test: RestAssured knows the application's port only from then on. */
    @BeforeEach
    void secondProvinceWithItsStaff() {
        if (ready) {
            return;
        }
        ready = true;
        api("admin").contentType("text/csv")
                .body("code,bpsCode,name,level,parent\n64,64,Provinsi Kalimantan Timur,PROVINCE,\n"
                        + "64.01,6401,Kabupaten Paser,REGENCY,64\n")
                .post("/api/v1/imports/regions").then().statusCode(200).body("created", equalTo(2));
        String programCode = createProgram();
        indicator = createIndicator(programCode);
        provinceIndicator = createIndicator(programCode, Map.of("regionAggregation", "PROVINCE_REPORTED"));
        period = openQuarter();
        reported(indicator, "61.01", period, "10");
        reported(indicator, "64.01", period, "20");
        setTarget(indicator, "61.01", today().getYear(), 100).statusCode(201);
        setTarget(indicator, "64.01", today().getYear(), 200).statusCode(201);

        admin64 = Accounts.tokenOfNew("adm64", "ADMIN", "64");
        verifier64 = Accounts.tokenOfNew("ver64", "VERIFIER", "64");
        operator6401 = Accounts.tokenOfNew("op6401", "OPERATOR", "64.01");
        operator64 = Accounts.tokenOfNew("op64", "OPERATOR", "64");
        admin61 = Accounts.tokenOfNew("adm61", "ADMIN", "61");
        verifier61 = Accounts.tokenOfNew("ver61", "VERIFIER", "61");
        user61 = Accounts.create("op6102", "OPERATOR", "61.02").username();
    }

    @AfterAll
    void takeTheSecondProvinceAwayAgain() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("target_proposal", "realization", "target", "reporting_exception", "finding",
                    "app_user")) {
                statement.execute("DELETE FROM " + table + " WHERE region_code = '64' OR region_code LIKE '64.%'");
            }
            statement.execute("DELETE FROM region WHERE code IN ('64.01', '64')");
        }
    }

    private static RequestSpecification as(String token) {
        return Accounts.bearer(token);
    }

    private static RequestSpecification refusedAs(String token) {
        return badInput().header("Authorization", "Bearer " + token);
    }

    private static void regionNotAllowed(ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json").body("type", equalTo(REFUSED));
    }

    private String value(String region) {
        return "/api/v1/realizations/" + indicator + "/" + region + "/" + period;
    }

    private String target(String region) {
        return "/api/v1/targets/" + indicator + "/" + region + "/" + today().getYear();
    }

    // ---- reads ----

    @Test
    void provinceStaffReadOnlyTheirProvince() {
        for (String token : List.of(admin64, verifier64, operator64)) {
            as(token).queryParam("indicator", indicator).get("/api/v1/realizations").then().statusCode(200)
                    .body("items.regionCode", contains("64.01"));
            as(token).queryParam("indicator", indicator).get("/api/v1/targets").then().statusCode(200)
                    .body("items.regionCode", contains("64.01"));
            as(token).get(value("64.01")).then().statusCode(200);
            regionNotAllowed(refusedAs(token).get(value("61.01")).then());
            regionNotAllowed(refusedAs(token).get(target("61.01")).then());
            regionNotAllowed(refusedAs(token).queryParam("region", "61.01").get("/api/v1/realizations").then());
            as(token).queryParam("indicator", indicator).get("/api/v1/exports/realizations").then().statusCode(200)
                    .body(containsString(",64.01,")).body(not(containsString(",61.01,")));
        }
        as(operator6401).queryParam("indicator", indicator).get("/api/v1/realizations").then().statusCode(200)
                .body("items.regionCode", contains("64.01"));
        for (String token : List.of(admin61, verifier61)) {
            as(token).queryParam("indicator", indicator).get("/api/v1/realizations").then().statusCode(200)
                    .body("items.regionCode", contains("61.01"));
            regionNotAllowed(refusedAs(token).get(value("64.01")).then());
            regionNotAllowed(refusedAs(token).get(target("64.01")).then());
        }
    }

    @Test
    void theAchievementsAndTheChangeFeedStayWithinTheProvince() throws Exception {
        long before;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM change_commit")) {
            rs.next();
            before = rs.getLong(1);
        }
        String fresh = createIndicator(createProgram());
        reported(fresh, "61.01", period, "7");
        reported(fresh, "64.01", period, "9");

        for (String token : List.of(admin64, verifier64, operator64)) {
            as(token).queryParam("year", today().getYear()).queryParam("indicator", fresh).get("/api/v1/achievements")
                    .then().statusCode(200).body("parent", equalTo("64")).body("items.regionCode", contains("64.01"))
                    .body("rollup[0].regionCode", equalTo("64"));
            regionNotAllowed(refusedAs(token).queryParam("year", today().getYear()).queryParam("level", "NATION")
                    .get("/api/v1/achievements").then());
            regionNotAllowed(refusedAs(token).queryParam("year", today().getYear()).queryParam("parent", "61")
                    .get("/api/v1/achievements").then());
            assertEquals(List.of("64.01"), changedRegions(as(token), before, fresh));
        }
        assertEquals(List.of("61.01"), changedRegions(as(admin61), before, fresh));
        assertEquals(List.of("61.01", "64.01"), changedRegions(api("ministry"), before, fresh));
        api("ministry").queryParam("year", today().getYear()).queryParam("indicator", fresh).queryParam("level", "PROVINCE")
                .get("/api/v1/achievements").then().statusCode(200).body("items.regionCode", contains("61", "64"));
    }

    /** The regions of the realizations of an indicator in the change feed since a commit, as a caller reads it. */
    private static List<String> changedRegions(RequestSpecification caller, long sinceCommit, String indicator) {
        List<String> regions = new java.util.ArrayList<>();
        String cursor = sinceCommit + "-0";
        boolean more = true;
        while (more) {
            var page = caller.queryParam("after", cursor).queryParam("size", 5000).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> key = (Map<String, Object>) change.get("key");
                if ("REALIZATION".equals(change.get("entityType")) && indicator.equals(key.get("indicatorCode"))
                        && !regions.contains((String) change.get("regionCode"))) {
                    regions.add((String) change.get("regionCode"));
                }
            }
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        regions.sort(null);
        return regions;
    }

    @Test
    void theMinistryAndANationalAdministratorReadBothProvinces() {
        for (String user : List.of("ministry", "admin", "verifier")) {
            api(user).queryParam("indicator", indicator).get("/api/v1/realizations").then().statusCode(200)
                    .body("items.regionCode", containsInAnyOrder("61.01", "64.01"));
            api(user).get(value("64.01")).then().statusCode(200);
        }
    }

    // ---- writes ----

    @Test
    void provinceStaffWriteOnlyWithinTheirProvince() {
        regionNotAllowed(refusedAs(admin64).contentType(ContentType.JSON).body(Map.of("value", 1)).put(target("61.01")).then());
        as(admin64).contentType(ContentType.JSON).body(Map.of("value", 250)).put(target("64.01")).then().statusCode(200);
        regionNotAllowed(refusedAs(admin61).contentType(ContentType.JSON).body(Map.of("value", 1)).put(target("64.01")).then());

        String other = createIndicator(createProgram());
        regionNotAllowed(refusedAs(admin64).contentType(ContentType.JSON).body(Map.of("value", 3))
                .put("/api/v1/realizations/" + other + "/61.01/" + period).then());
        as(admin64).contentType(ContentType.JSON).body(Map.of("value", 3))
                .put("/api/v1/realizations/" + other + "/64.01/" + period).then().statusCode(201);
        as(operator6401).contentType(ContentType.JSON).body(Map.of("value", 4))
                .put("/api/v1/realizations/" + other + "/64.01/" + period).then().statusCode(200);

        // An operator bound to the province reports the province's own values, not its regencies'.
        as(operator64).contentType(ContentType.JSON).body(Map.of("value", 7))
                .put("/api/v1/realizations/" + provinceIndicator + "/64/" + period).then().statusCode(201);
        regionNotAllowed(refusedAs(operator64).contentType(ContentType.JSON).body(Map.of("value", 7))
                .put("/api/v1/realizations/" + other + "/64.01/" + period).then());
        regionNotAllowed(refusedAs(operator64).contentType(ContentType.JSON).body(Map.of("value", 7))
                .put("/api/v1/realizations/" + provinceIndicator + "/61/" + period).then());
    }

    @Test
    void bulkLoadsRefuseTheRowsOfAnotherProvince() {
        String csv = "indicator,region,year,value\n" + indicator + ",61.01," + today().getYear() + ",111\n"
                + indicator + ",64.01," + today().getYear() + ",222\n";
        refusedAs(admin64).contentType("text/csv").body(csv).post("/api/v1/imports/targets").then().statusCode(422)
                .body("summary.conflicts.find { it.error == 'REGION_NOT_ALLOWED' }.rows", contains(2));
        as(admin64).contentType("text/csv").body(csv).post("/api/v1/imports/targets?mode=PARTIAL").then().statusCode(200)
                .body("updated", equalTo(1)).body("rejected", equalTo(1));
        as(admin64).get(target("64.01")).then().statusCode(200).body("value", equalTo(222));
        api("admin").get(target("61.01")).then().statusCode(200).body("value", equalTo(100));

        String values = "indicator,region,period,value,note\n" + indicator + ",61.01," + period + ",9,\n";
        refusedAs(verifier61).contentType("text/csv").body(values).post("/api/v1/imports/realizations").then()
                .statusCode(403);
        refusedAs(admin64).contentType("text/csv").body(values).post("/api/v1/imports/realizations").then()
                .statusCode(422).body("summary.conflicts.find { it.error == 'REGION_NOT_ALLOWED' }.rows", contains(2));
    }

    @Test
    void verifiersVerifyOnlyWithinTheirProvince() {
        String fresh = createIndicator(createProgram());
        reported(fresh, "61.02", period, "5");
        reported(fresh, "64.01", period, "6");
        String path61 = "/api/v1/realizations/" + fresh + "/61.02/" + period + "/verify";
        String path64 = "/api/v1/realizations/" + fresh + "/64.01/" + period + "/verify";
        regionNotAllowed(refusedAs(verifier64).post(path61).then());
        regionNotAllowed(refusedAs(verifier61).post(path64).then());
        as(verifier64).post(path64).then().statusCode(200).body("status", equalTo("VERIFIED"));
        as(verifier61).post(path61).then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void targetRoundProposalsStayWithinTheProvince() {
        if (api("admin").get("/api/v1/target-rounds/" + ROUND_YEAR).statusCode() == 404) {
            api("admin").contentType(ContentType.JSON)
                    .body(Map.of("year", ROUND_YEAR, "deadline", today().plusDays(10).toString()))
                    .post("/api/v1/target-rounds").then().statusCode(201);
        }
        // A round spans the whole deployment: a province administrator does not move it.
        refusedAs(admin64).post("/api/v1/target-rounds/" + ROUND_YEAR + "/review").then().statusCode(403);

        String proposals = "/api/v1/target-rounds/" + ROUND_YEAR + "/proposals/" + indicator + "/";
        api("op-6101").contentType(ContentType.JSON).body(Map.of("value", 110)).put(proposals + "61.01").then().statusCode(200);
        as(operator6401).contentType(ContentType.JSON).body(Map.of("value", 210)).put(proposals + "64.01").then()
                .statusCode(200);
        regionNotAllowed(refusedAs(operator6401).contentType(ContentType.JSON).body(Map.of("value", 1))
                .put(proposals + "61.01").then());
        regionNotAllowed(refusedAs(verifier64).post(proposals + "61.01/accept").then());
        regionNotAllowed(refusedAs(verifier64).get(proposals + "61.01").then());
        as(verifier64).get("/api/v1/target-rounds/" + ROUND_YEAR + "/proposals?indicator=" + indicator).then()
                .statusCode(200).body("items.regionCode", contains("64.01"));
        as(verifier64).post(proposals + "64.01/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        regionNotAllowed(refusedAs(verifier61).post(proposals + "64.01/accept").then());
    }

    @Test
    void findingsOfAnotherProvinceAreNeitherRecordedNorRead() {
        Map<String, Object> finding = new HashMap<>(Map.of("regionCode", "61.01", "category", "CAPITAL_ACCESS",
                "severity", "MEDIUM", "title", "Akses modal", "description", "Koperasi sulit mengakses pembiayaan"));
        regionNotAllowed(refusedAs(admin64).contentType(ContentType.JSON).body(finding).post("/api/v1/findings").then());
        finding.put("regionCode", "64.01");
        String id = as(admin64).contentType(ContentType.JSON).body(finding).post("/api/v1/findings").then()
                .statusCode(201).extract().path("id");
        refusedAs(admin61).get("/api/v1/findings/{id}", id).then().statusCode(403);
        as(admin61).get("/api/v1/findings?region=61.01").then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("61")));
        as(operator6401).get("/api/v1/findings/{id}", id).then().statusCode(200);
        api("ministry").get("/api/v1/findings/{id}", id).then().statusCode(200);
    }

    // ---- accounts and the catalogue ----

    @Test
    void aProvinceAdministratorManagesOnlyItsProvincesAccounts() {
        as(admin64).get("/api/v1/users?size=500").then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("64")));
        regionNotAllowed(refusedAs(admin64).get("/api/v1/users/{u}", user61).then());
        regionNotAllowed(refusedAs(admin64).get("/api/v1/users/admin").then());
        regionNotAllowed(refusedAs(admin64).queryParam("regionCode", "61.02").get("/api/v1/users").then());

        for (Map.Entry<String, String> roleAndRegion : List.of(Map.entry("ADMIN", ""), Map.entry("OPERATOR", "61.01"),
                Map.entry("VERIFIER", "61"))) {
            Map<String, Object> body = new HashMap<>(Map.of("username", "luar-" + System.nanoTime(),
                    "displayName", "Di luar", "role", roleAndRegion.getKey()));
            body.put("regionCode", roleAndRegion.getValue().isEmpty() ? null : roleAndRegion.getValue());
            regionNotAllowed(refusedAs(admin64).contentType(ContentType.JSON).body(body).post("/api/v1/users").then());
        }
        Map<String, Object> own = Map.of("username", "paser-" + System.nanoTime(), "displayName", "Operator Paser",
                "role", "OPERATOR", "regionCode", "64.01");
        String username = as(admin64).contentType(ContentType.JSON).body(own).post("/api/v1/users").then().statusCode(201)
                .extract().path("user.username");
        // Nor may it move one of its accounts out of its province, or make it unscoped.
        regionNotAllowed(refusedAs(admin64).contentType("application/merge-patch+json").body(Map.of("regionCode", "61.01"))
                .patch("/api/v1/users/{u}", username).then());
        Map<String, Object> unscoped = new HashMap<>();
        unscoped.put("role", "ADMIN");
        unscoped.put("regionCode", null);
        regionNotAllowed(refusedAs(admin64).contentType("application/merge-patch+json").body(unscoped)
                .patch("/api/v1/users/{u}", username).then());
        as(admin64).contentType("application/merge-patch+json").body(Map.of("displayName", "Operator Kabupaten Paser"))
                .patch("/api/v1/users/{u}", username).then().statusCode(200);

        // Province 61's administrator does not reach it; the administrator of the whole deployment does.
        regionNotAllowed(refusedAs(admin61).get("/api/v1/users/{u}", username).then());
        api("admin").get("/api/v1/users/{u}", username).then().statusCode(200).body("regionCode", equalTo("64.01"));
        api("admin").get("/api/v1/users?regionCode=64.01&size=500").then().statusCode(200)
                .body("items.username", hasItem(username));
    }

    @Test
    void onlyAnAdministratorOfTheWholeDeploymentChangesTheCatalogue() {
        refusedAs(admin64).contentType(ContentType.JSON).body(program("P-" + System.nanoTime() % 100000))
                .post("/api/v1/programs").then().statusCode(403).body("type", equalTo("urn:monev:problem:catalogue-scope"));
        refusedAs(admin64).contentType("text/csv").body("code,bpsCode,name,level,parent\n64.02,6402,Kabupaten Kutai Kartanegara,REGENCY,64\n")
                .post("/api/v1/imports/regions").then().statusCode(403);
        as(admin64).get("/api/v1/indicators/{code}", indicator).then().statusCode(200);
        as(admin64).get("/api/v1/regions/61.01").then().statusCode(200);
    }

    @Test
    void accountsAreBoundOnlyWhereTheirRoleAllows() {
        Map<String, Object> body = new HashMap<>(Map.of("username", "salah-" + System.nanoTime(), "displayName", "Salah",
                "role", "ADMIN", "regionCode", "64.01"));
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("regionCode"));
        body.put("role", "MINISTRY");
        body.put("regionCode", "64");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("regionCode"));
        body.put("role", "VERIFIER");
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users").then().statusCode(201)
                .body("user.regionCode", equalTo("64"));
    }

    @Test
    void theAuditTrailShowsTheActionsOfTheProvincesPeopleOnly() {
        api("admin").queryParam("actor", "admin").get("/api/v1/audit-events").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0));
        as(admin64).queryParam("actor", "admin").get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(0));
        as(admin64).contentType(ContentType.JSON).body(Map.of("value", 260)).put(target("64.01")).then().statusCode(200);
        as(verifier64).queryParam("entityType", "target").get("/api/v1/audit-events?size=500").then().statusCode(200)
                .body("items.actor", hasItem(startsWith("adm64")))
                .body("items.actor", everyItem(not(equalTo("admin"))));
    }

    @Test
    void theWorkQueueShowsOnlyTheProvince() {
        as(verifier64).get("/api/v1/me/work").then().statusCode(200)
                .body("items.findAll { it.regionCode != null }.regionCode", everyItem(startsWith("64")));
        as(admin61).get("/api/v1/me/work").then().statusCode(200)
                .body("items.findAll { it.regionCode != null }.regionCode", everyItem(startsWith("61")));
    }
}
