package id.kalbar.monev.auth;

import id.kalbar.monev.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuthTokenTest {

    @Test
    void demoAccountGetsASignedTokenCarryingRoleAndRegion() {
        String token = api().contentType(ContentType.JSON)
                .body(Map.of("username", "op-6171", "password", "demo"))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .extract().path("accessToken");

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "a JWS has header, payload and signature");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        assertTrue(header.contains("\"RS256\""), header);
        assertTrue(claims.contains("\"groups\":[\"OPERATOR\"]"), claims);
        assertTrue(claims.contains("\"region\":\"61.71\""), claims);

        api().header("Authorization", "Bearer " + token).get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("username", equalTo("op-6171"))
                .body("role", equalTo("OPERATOR"))
                .body("regionCode", equalTo("61.71"))
                .body("displayName", equalTo("Operator Kota Pontianak"));
    }

    @Test
    void provinceAccountsHaveNoRegion() {
        api("verifier").get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("role", equalTo("VERIFIER"))
                .body("regionCode", nullValue());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String wrongPassword = api().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "not-the-password"))
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .extract().path("detail");
        String unknownUser = api().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-here", "password", "demo"))
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .extract().path("detail");
        assertEquals(wrongPassword, unknownUser);
        assertTrue(!wrongPassword.toLowerCase().contains("unknown") && !wrongPassword.toLowerCase().contains("not found"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        UserAccount admin = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.class.cast(
                        io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                .createQuery("from UserAccount where username = 'admin'").getSingleResult()));
        assertTrue(admin.passwordHash.startsWith("$2"), "bcrypt modular crypt format");
        assertTrue(!admin.passwordHash.contains("demo"));
    }

    @Test
    void missingFieldsAreValidationProblems() {
        badInput().contentType(ContentType.JSON)
                .body(Map.of("username", ""))
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void emptyBodyIsAValidationProblem() {
        badInput().contentType(ContentType.JSON)
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsABadRequest() {
        badInput().contentType(ContentType.JSON)
                .body("{\"username\": \"admin\", ")
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void unknownPropertiesAreRefused() {
        badInput().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "demo", "role", "ADMIN"))
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        badInput().contentType(ContentType.TEXT)
                .body("username=admin&password=demo")
                .post("/api/v1/auth/token")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void missingOrGarbageTokenIsUnauthorized() {
        badInput().get("/api/v1/auth/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
        badInput().auth().oauth2("not.a.jwt").get("/api/v1/auth/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("monev-kumkm").upn("admin").groups(Set.of("ADMIN"))
                .sign(generator.generateKeyPair().getPrivate());
        badInput().auth().oauth2(forged).get("/api/v1/regions")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsRefused() {
        String expired = Jwt.issuer("monev-kumkm").upn("admin").groups(Set.of("ADMIN"))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(TestKeys.privateKey().toString());
        badInput().auth().oauth2(expired).get("/api/v1/regions")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body(allOf(not(containsString("Exception")), not(containsString("at io."))));
    }
}
