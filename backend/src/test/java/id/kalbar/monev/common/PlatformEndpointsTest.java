package id.kalbar.monev.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PlatformEndpointsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessReportsTheDatabase() {
        RestAssured.get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesTheContractAndSwaggerUi() {
        RestAssured.get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("operationId: listRegions"))
                .body(containsString("operationId: issueToken"));
        RestAssured.get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    void embeddedPostgresKeepsDurabilityOn() throws SQLException {
        assertEquals("on", setting("fsync"));
        assertEquals("on", setting("synchronous_commit"));
        assertEquals("on", setting("full_page_writes"));
        assertEquals("17", setting("server_version").split("\\.")[0]);
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
