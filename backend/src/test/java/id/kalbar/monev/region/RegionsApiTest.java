package id.kalbar.monev.region;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RegionsApiTest {

    @Test
    void listsTheProvinceAndItsFourteenRegenciesAndCities() {
        api("ministry").get("/api/v1/regions")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items", hasSize(15))
                .body("items[0].code", equalTo("61"))
                .body("items[0].level", equalTo("PROVINCE"))
                .body("items[0].parentCode", nullValue())
                .body("items.code", hasItems("61.01", "61.12", "61.71", "61.72"))
                .body("items.find { it.code == '61.02' }.bpsCode", equalTo("6104"))
                .body("items.find { it.code == '61.07' }.name", equalTo("Kabupaten Bengkayang"));
    }

    @Test
    void everyRoleReadsRegions() {
        for (String user : new String[] {"admin", "verifier", "ministry", "op-6101"}) {
            api(user).get("/api/v1/regions").then().statusCode(200).body("total", equalTo(15));
        }
    }

    @Test
    void filtersByLevelAndParent() {
        api("admin").queryParam("level", "CITY").get("/api/v1/regions")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains("Kota Pontianak", "Kota Singkawang"));
        api("admin").queryParam("parent", "61").queryParam("size", "500").get("/api/v1/regions")
                .then().statusCode(200)
                .body("total", equalTo(14))
                .body("items.parentCode", everyItem(equalTo("61")));
    }

    @Test
    void pagesAndSorts() {
        api("admin").queryParam("size", "5").queryParam("page", "2").queryParam("sort", "code")
                .get("/api/v1/regions")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .body("page", equalTo(2))
                .body("size", equalTo(5))
                .body("items.code", contains("61.10", "61.11", "61.12", "61.71", "61.72"));
        api("admin").queryParam("sort", "-name").queryParam("size", "2")
                .get("/api/v1/regions")
                .then().statusCode(200)
                .body("items.name", contains("Provinsi Kalimantan Barat", "Kota Singkawang"));
        api("admin").queryParam("sort", "level,-bpsCode").queryParam("size", "3")
                .get("/api/v1/regions")
                .then().statusCode(200)
                .body("items.code", contains("61.72", "61.71", "61"));
    }

    @Test
    void updatedSinceSyncsIncrementally() {
        api("ministry").queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/v1/regions")
                .then().statusCode(200).body("total", equalTo(15));
        api("ministry").queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/regions")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void badListParametersAreValidationProblems() {
        badInput("admin").queryParam("sort", "population").get("/api/v1/regions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sort"))
                .body("errors[0].message", containsString("population"));
        badInput("admin").queryParam("page", "abc").queryParam("size", "1000").get("/api/v1/regions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("page", "size"));
        badInput("admin").queryParam("level", "VILLAGE").get("/api/v1/regions")
                .then().statusCode(400)
                .body("errors.field", hasItem("level"));
        badInput("admin").queryParam("updatedSince", "yesterday").get("/api/v1/regions")
                .then().statusCode(400)
                .body("errors.field", hasItem("updatedSince"));
    }

    @Test
    void readsOneRegionWithAnETagAndHonoursIfNoneMatch() {
        String etag = api("op-6101").get("/api/v1/regions/61.71")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo("61.71"))
                .body("name", equalTo("Kota Pontianak"))
                .body("level", equalTo("CITY"))
                .body("bpsCode", equalTo("6171"))
                .body("parentCode", equalTo("61"))
                .extract().header("ETag");

        api("op-6101").header("If-None-Match", etag).get("/api/v1/regions/61.71")
                .then().statusCode(304);
        api("op-6101").header("If-None-Match", "\"some-other-version\"").get("/api/v1/regions/61.71")
                .then().statusCode(200);
    }

    @Test
    void unknownRegionIsNotFound() {
        api("admin").get("/api/v1/regions/61.99")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("61.99"));
    }

    @Test
    void withoutATokenRegionsAreUnauthorized() {
        badInput().get("/api/v1/regions")
                .then().statusCode(401)
                .contentType("application/problem+json");
        badInput().get("/api/v1/regions/61.71")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
