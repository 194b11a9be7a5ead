package id.kalbar.monev.auth;

import id.kalbar.monev.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static id.kalbar.monev.support.Accounts.OWN_PASSWORD;
import static id.kalbar.monev.support.Accounts.bearer;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class UserLifecycleTest {

    static final String PASSWORD_CHANGE_REQUIRED = "urn:monev:problem:password-change-required";

    @Test
    void createdOperatorMustChangeTheTemporaryPasswordThenWorksUntilDeactivated() {
        Accounts.Created user = Accounts.create("op", "OPERATOR", "61.71");
        String temporaryToken = Accounts.signIn(user.username(), user.temporaryPassword());

        // Until the password is changed, everything but /auth/me, /auth/password and sign-out is refused.
        badInput().auth().oauth2(temporaryToken).get("/api/v1/regions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PASSWORD_CHANGE_REQUIRED));
        bearer(temporaryToken).get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("username", equalTo(user.username()))
                .body("kind", equalTo("USER"))
                .body("mustChangePassword", equalTo(true));

        // The policy names every rule the new password breaks.
        bearer(temporaryToken).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.temporaryPassword(), "newPassword", user.username()))
                .post("/api/v1/auth/password")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", everyItem(equalTo("newPassword")))
                .body("errors.message", hasItems("must have at least 12 characters", "must not contain the username"));
        bearer(temporaryToken).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.temporaryPassword(), "newPassword", "Password2025!!"))
                .post("/api/v1/auth/password")
                .then().statusCode(400)
                .body("errors.message", hasItem("is too common or too easy to guess"));
        bearer(temporaryToken).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.temporaryPassword(), "newPassword", user.temporaryPassword()))
                .post("/api/v1/auth/password")
                .then().statusCode(400)
                .body("errors.message", hasItem("must differ from the current password"));
        bearer(temporaryToken).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-the-temporary-one", "newPassword", OWN_PASSWORD))
                .post("/api/v1/auth/password")
                .then().statusCode(400)
                .body("errors.field", hasItem("currentPassword"));

        String token = bearer(temporaryToken).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.temporaryPassword(), "newPassword", OWN_PASSWORD))
                .post("/api/v1/auth/password")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .extract().path("accessToken");

        // The token of the temporary password is withdrawn with it; the new one works everywhere.
        badInput().auth().oauth2(temporaryToken).get("/api/v1/auth/me").then().statusCode(401);
        bearer(token).get("/api/v1/regions").then().statusCode(200);
        bearer(token).get("/api/v1/auth/me").then().statusCode(200).body("mustChangePassword", equalTo(false));
        badInput().contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", user.temporaryPassword()))
                .post("/api/v1/auth/token").then().statusCode(401);

        // Deactivated: the token stops working at once, and signing in is refused.
        api("admin").contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/{u}", user.username())
                .then().statusCode(200).body("active", equalTo(false));
        badInput().auth().oauth2(token).get("/api/v1/regions")
                .then().statusCode(401).contentType("application/problem+json");
        badInput().contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", OWN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);

        // Reactivated, the same password works again.
        api("admin").contentType("application/merge-patch+json").body(Map.of("active", true))
                .patch("/api/v1/users/{u}", user.username()).then().statusCode(200);
        bearer(Accounts.signIn(user.username(), OWN_PASSWORD)).get("/api/v1/regions").then().statusCode(200);
    }

    @Test
    void changingRoleOrRegionWithdrawsTokens() {
        Accounts.Created user = Accounts.create("op", "OPERATOR", "61.71");
        String token = Accounts.activate(user);
        bearer(token).get("/api/v1/auth/me").then().statusCode(200).body("regionCode", equalTo("61.71"));

        api("admin").contentType("application/merge-patch+json").body(Map.of("regionCode", "61.72"))
                .patch("/api/v1/users/{u}", user.username()).then().statusCode(200).body("regionCode", equalTo("61.72"));
        badInput().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        String moved = Accounts.signIn(user.username(), OWN_PASSWORD);
        bearer(moved).get("/api/v1/auth/me").then().statusCode(200).body("regionCode", equalTo("61.72"));

        Map<String, Object> toVerifier = new HashMap<>();
        toVerifier.put("role", "VERIFIER");
        toVerifier.put("regionCode", null);
        api("admin").contentType("application/merge-patch+json").body(toVerifier)
                .patch("/api/v1/users/{u}", user.username()).then().statusCode(200).body("role", equalTo("VERIFIER"));
        badInput().auth().oauth2(moved).get("/api/v1/auth/me").then().statusCode(401);

        // A new display name alone leaves the tokens alone.
        String verifier = Accounts.signIn(user.username(), OWN_PASSWORD);
        api("admin").contentType("application/merge-patch+json").body(Map.of("displayName", "Verifikator Baru"))
                .patch("/api/v1/users/{u}", user.username()).then().statusCode(200);
        bearer(verifier).get("/api/v1/auth/me").then().statusCode(200).body("role", equalTo("VERIFIER"));
    }

    @Test
    void signOutWithdrawsOnlyTheTokenInUse() {
        Accounts.Created user = Accounts.create("ver", "VERIFIER", null);
        String first = Accounts.activate(user);
        String second = Accounts.signIn(user.username(), OWN_PASSWORD);
        bearer(first).post("/api/v1/auth/sign-out").then().statusCode(204);
        badInput().auth().oauth2(first).get("/api/v1/regions").then().statusCode(401);
        bearer(second).get("/api/v1/regions").then().statusCode(200);
    }

    @Test
    void passwordResetGivesANewTemporaryPasswordAndWithdrawsTokens() {
        Accounts.Created user = Accounts.create("op", "OPERATOR", "61.05");
        String token = Accounts.activate(user);
        String temporary = api("admin").post("/api/v1/users/{u}/password-reset", user.username())
                .then().statusCode(200)
                .body("user.mustChangePassword", equalTo(true))
                .extract().path("temporaryPassword");
        assertNotEquals(user.temporaryPassword(), temporary);
        badInput().auth().oauth2(token).get("/api/v1/regions").then().statusCode(401);
        badInput().contentType(ContentType.JSON).body(Map.of("username", user.username(), "password", OWN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
        String afterReset = Accounts.signIn(user.username(), temporary);
        badInput().auth().oauth2(afterReset).get("/api/v1/regions")
                .then().statusCode(403).body("type", equalTo(PASSWORD_CHANGE_REQUIRED));
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        Accounts.Created user = Accounts.create("Kasus", "VERIFIER", null);
        badInput("admin").contentType(ContentType.JSON)
                .body(Map.of("username", user.username().toUpperCase(), "displayName", "Lain", "role", "VERIFIER"))
                .post("/api/v1/users")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:monev:problem:username-taken"));
        // Signing in and reading work regardless of case too.
        api("admin").get("/api/v1/users/{u}", user.username().toUpperCase()).then().statusCode(200)
                .body("username", equalTo(user.username()));
        Accounts.signIn(user.username().toUpperCase(), user.temporaryPassword());
    }

    @Test
    void eachRoleIsBoundOnlyToTheRegionsItsScopeAllows() {
        Map<String, Object> body = new HashMap<>(Map.of("username", "tanpa-wilayah-" + System.nanoTime(),
                "displayName", "Tanpa Wilayah", "role", "OPERATOR"));
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        body.put("regionCode", "99.99");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors.message", hasItem("is not a known region"));
        body.put("regionCode", "61.71");
        body.put("role", "VERIFIER");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        body.put("role", "ADMIN");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        body.put("regionCode", "61");
        body.put("role", "MINISTRY");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors.message", hasItem("must be empty: the MINISTRY reads the whole nation"));
        body.put("username", "bad name!");
        body.put("role", "OPERATOR");
        badInput("admin").contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(400).body("errors.field", hasItem("username"));
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String user : new String[] {"op-6171", "verifier", "ministry"}) {
            badInput(user).get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
            badInput(user).get("/api/v1/clients").then().statusCode(403).contentType("application/problem+json");
            badInput(user).contentType(ContentType.JSON)
                    .body(Map.of("username", "x-" + System.nanoTime(), "displayName", "X", "role", "ADMIN"))
                    .post("/api/v1/users").then().statusCode(403);
        }
    }

    @Test
    void readsCarryETagsAndStaleWritesAreRefused() {
        Accounts.Created user = Accounts.create("etag", "VERIFIER", null);
        String etag = api("admin").get("/api/v1/users/{u}", user.username())
                .then().statusCode(200).body("mustChangePassword", equalTo(true))
                .extract().header("ETag");
        api("admin").header("If-None-Match", etag).get("/api/v1/users/{u}", user.username()).then().statusCode(304);
        api("admin").header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("displayName", "Nama Baru")).patch("/api/v1/users/{u}", user.username())
                .then().statusCode(200);
        badInput("admin").header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("displayName", "Nama Lain")).patch("/api/v1/users/{u}", user.username())
                .then().statusCode(412).body("type", equalTo("urn:monev:problem:stale-etag"));
        badInput("admin").contentType("application/merge-patch+json")
                .body(Map.of("username", "rename")).patch("/api/v1/users/{u}", user.username())
                .then().statusCode(400).body("errors.field", hasItem("username"));
        badInput("admin").get("/api/v1/users/{u}", "nobody-" + System.nanoTime()).then().statusCode(404);
    }

    @Test
    void listsFilterByRoleRegionAndActive() {
        Accounts.Created user = Accounts.create("daftar", "OPERATOR", "61.09");
        api("admin").queryParam("role", "OPERATOR").queryParam("regionCode", "61.09").queryParam("q", user.username())
                .get("/api/v1/users")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].username", equalTo(user.username()));
        api("admin").queryParam("active", "false").queryParam("q", user.username()).get("/api/v1/users")
                .then().statusCode(200).body("total", equalTo(0));
        api("admin").queryParam("role", "VERIFIER").queryParam("size", "500").get("/api/v1/users")
                .then().statusCode(200).body("items.role", everyItem(equalTo("VERIFIER")));
        badInput("admin").queryParam("role", "KING").get("/api/v1/users").then().statusCode(400);
    }

    @Test
    void everyChangeIsAuditedWithoutSecrets() {
        Accounts.Created user = Accounts.create("audit", "OPERATOR", "61.71");
        Accounts.activate(user);
        api("admin").post("/api/v1/users/{u}/password-reset", user.username()).then().statusCode(200);
        String trail = api("admin").queryParam("entityType", "user").queryParam("entityKey", user.username())
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItems("CREATE", "PASSWORD_CHANGE", "PASSWORD_RESET"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(trail, not(containsString("$2")));
        org.hamcrest.MatcherAssert.assertThat(trail, not(containsString(user.temporaryPassword())));
        org.hamcrest.MatcherAssert.assertThat(trail, not(containsString(OWN_PASSWORD)));
        org.hamcrest.MatcherAssert.assertThat(trail, not(matchesPattern("(?s).*[Hh]ash.*")));
    }
}
