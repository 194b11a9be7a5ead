package id.kalbar.monev.indicator;

import id.kalbar.monev.support.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.CatalogueFixtures.indicator;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IndicatorsApiTest {

    @Test
    void demoCatalogueHasRealisticIndicators() {
        api("op-6171").queryParam("size", "500").queryParam("q", "2.17.0").get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.code", hasItems("2.17.06.01", "2.17.04.03", "2.17.07.03"))
                .body("items.find { it.code == '2.17.04.03' }.polarity", equalTo("LOWER_IS_BETTER"))
                .body("items.find { it.code == '2.17.04.04' }.polarity", equalTo("RANGE"))
                .body("items.find { it.code == '2.17.06.01' }.name", equalTo("Koperasi yang memperoleh akses permodalan"));
        api("op-6171").queryParam("program", "2.17.07").queryParam("size", "500").get("/api/v1/indicators")
                .then().statusCode(200).body("items.programCode", everyItem(equalTo("2.17.07")));
    }

    @Test
    void createsAndReadsAnIndicatorWithDecimals() {
        String program = createProgram();
        String code = TestCodes.unique("I");
        api("admin").contentType(ContentType.JSON).body(indicator(code, program))
                .post("/api/v1/indicators")
                .then().statusCode(201)
                .body("programCode", equalTo(program))
                .body("baselineValue", equalTo(120.5f))
                .body("regionAggregation", equalTo("SUM"));
        api("ministry").get("/api/v1/indicators/" + code).then().statusCode(200).body("unit", equalTo("koperasi"));
    }

    @Test
    void nameAndUnitAreStoredTrimmed() {
        String code = TestCodes.unique("I");
        Map<String, Object> body = indicator(code, createProgram());
        body.put("name", " Koperasi uji " + code + "  ");
        body.put("unit", " koperasi ");
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators").then().statusCode(201);
        api("admin").get("/api/v1/indicators/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Koperasi uji " + code))
                .body("unit", equalTo("koperasi"))
                .body("dataSource", equalTo("Laporan bidang"));
    }

    @Test
    void rangeIndicatorsNeedOrderedBounds() {
        String program = createProgram();
        Map<String, Object> body = indicator(TestCodes.unique("I"), program);
        body.put("polarity", "RANGE");
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItems("rangeLow", "rangeHigh"));
        body.put("rangeLow", 20);
        body.put("rangeHigh", 10);
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItem("rangeHigh"));
        body.put("rangeHigh", 25.5);
        api("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                .then().statusCode(201).body("rangeHigh", equalTo(25.5f));

        Map<String, Object> notRange = indicator(TestCodes.unique("I"), program);
        notRange.put("rangeLow", 1);
        api("admin").contentType(ContentType.JSON).body(notRange).post("/api/v1/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("rangeLow"));
    }

    @Test
    void indicatorMustBelongToAnExistingActiveProgram() {
        api("admin").contentType(ContentType.JSON).body(indicator(TestCodes.unique("I"), "NO-SUCH-PROGRAM"))
                .post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("programCode"));
        String retired = createProgram();
        api("admin").post("/api/v1/programs/" + retired + "/retire").then().statusCode(200);
        api("admin").contentType(ContentType.JSON).body(indicator(TestCodes.unique("I"), retired))
                .post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors[0].message", containsString("retired"));
    }

    @Test
    void everyProblemOfAFormComesBackAtOnce() {
        Map<String, Object> body = indicator(TestCodes.unique("I"), "NO-SUCH-PROGRAM");
        body.put("name", " ");
        body.put("polarity", "RANGE");
        body.remove("baselineValue");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItems("name", "programCode", "rangeLow", "rangeHigh", "baselineValue"));
    }

    @Test
    void baselineYearAndValueGoTogether() {
        Map<String, Object> body = indicator(TestCodes.unique("I"), createProgram());
        body.remove("baselineValue");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("baselineValue"));
    }

    @Test
    void everyEnumIsChecked() {
        String program = createProgram();
        for (String field : new String[] {"measure", "polarity", "periodType", "timeAggregation", "regionAggregation"}) {
            Map<String, Object> body = indicator(TestCodes.unique("I"), program);
            body.put(field, "SOMETIMES");
            badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", startsWith("must be one of"));
        }
    }

    @Test
    void twoClientsEditingTheSameIndicatorExactlyOneWins() throws Exception {
        String code = createIndicator(createProgram());
        String etag = api("admin").get("/api/v1/indicators/" + code).then().statusCode(200).extract().header("ETag");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> results = new ArrayList<>();
        for (String unit : new String[] {"unit usaha", "orang"}) {
            Callable<Response> edit = () -> {
                start.await();
                return badInput("admin").contentType("application/merge-patch+json").header("If-Match", etag)
                        .body(Map.of("unit", unit))
                        .patch("/api/v1/indicators/" + code);
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> result : results) {
            statuses.add(result.get().statusCode());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one edit wins: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 412).count(), "the other is told it is stale: " + statuses);
        api("admin").get("/api/v1/indicators/" + code).then().body("version", equalTo(1));
        api("admin").queryParam("entityKey", code).queryParam("entityType", "indicator").get("/api/v1/audit-events")
                .then().body("items.action", hasSize(2));
    }

    @Test
    void indicatorFiltersWork() {
        api("admin").queryParam("field", "SME").queryParam("size", "500").get("/api/v1/indicators")
                .then().statusCode(200).body("items.programCode", everyItem(startsWith("2.17.0")))
                .body("items.code", hasItem("2.17.07.01"));
        api("admin").queryParam("polarity", "LOWER_IS_BETTER").queryParam("size", "500").get("/api/v1/indicators")
                .then().statusCode(200).body("items.polarity", everyItem(equalTo("LOWER_IS_BETTER")));
        api("admin").queryParam("periodType", "MONTHLY").queryParam("q", "katalog").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("2.17.08.06"));
        api("admin").queryParam("authority", "PROVINCE").queryParam("size", "500").get("/api/v1/indicators")
                .then().statusCode(200).body("items.programCode", everyItem(equalTo("2.17.08")));
        api("admin").queryParam("q", "100%_").get("/api/v1/indicators")
                .then().statusCode(200).body("total", equalTo(0));
        badInput("admin").queryParam("periodType", "WEEKLY").get("/api/v1/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("periodType"));
    }

    @Test
    void onlyAdminWritesIndicators() {
        String program = createProgram();
        String code = createIndicator(program);
        for (String user : new String[] {"verifier", "ministry", "op-6101"}) {
            badInput(user).contentType(ContentType.JSON).body(indicator(TestCodes.unique("I"), program))
                    .post("/api/v1/indicators").then().statusCode(403).contentType("application/problem+json");
            badInput(user).contentType(ContentType.JSON).body(indicator(code, program))
                    .put("/api/v1/indicators/" + code).then().statusCode(403);
            badInput(user).contentType("application/merge-patch+json").body(Map.of("name", "x"))
                    .patch("/api/v1/indicators/" + code).then().statusCode(403);
            badInput(user).post("/api/v1/indicators/" + code + "/retire").then().statusCode(403);
            badInput(user).delete("/api/v1/indicators/" + code).then().statusCode(403);
            api(user).get("/api/v1/indicators/" + code).then().statusCode(200);
        }
        api("admin").get("/api/v1/indicators/" + code).then().body("version", equalTo(0));
    }

    @Test
    void retireAndDelete() {
        String code = createIndicator(createProgram());
        api("admin").post("/api/v1/indicators/" + code + "/retire").then().statusCode(200).body("active", equalTo(false));
        api("op-6101").get("/api/v1/indicators/" + code).then().statusCode(200).body("active", equalTo(false));
        badInput("op-6101").delete("/api/v1/indicators/" + code).then().statusCode(403);
        api("admin").delete("/api/v1/indicators/" + code).then().statusCode(204);
        api("admin").get("/api/v1/indicators/" + code).then().statusCode(404);
    }
}
