package id.kalbar.monev.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Tokens.of;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Whatever goes wrong under /api/v1, the client gets an RFC 9457 problem and nothing internal. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownPathIsANotFoundProblem() {
        RestAssured.given().auth().oauth2(of("admin"))
                .get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        RestAssured.given().auth().oauth2(of("admin"))
                .delete("/api/v1/regions")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unexpectedErrorsDiscloseNothingInternal() {
        RestAssured.given().auth().oauth2(of("admin"))
                .get("/api/v1/test-support/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body(allOf(
                        not(containsString("select")),
                        not(containsString("Exception")),
                        not(containsString("id.kalbar")),
                        not(containsString("at java"))));
    }

    @Test
    void problemsOfBadInputNeverLeakClassNames() {
        badInput("admin").queryParam("size", "-1").get("/api/v1/regions")
                .then().statusCode(400)
                .body(allOf(not(containsString("Exception")), not(containsString("id.kalbar"))));
    }
}
