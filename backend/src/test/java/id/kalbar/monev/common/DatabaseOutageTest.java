package id.kalbar.monev.common;

import id.kalbar.monev.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

/**
 * An external PostgreSQL (as in a server deployment) stopped under requests and started again: while
 * it is away every answer is a 503 problem with Retry-After, never a 500; once it is back the service
 * answers normally without a restart of the application.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ExternalPostgres.class)
class DatabaseOutageTest {

    /** A server of its own, on a fixed port and data directory, so that it can be stopped and started again. */
    static final class Server {
        static final int PORT = freePort();
        static final Path DATA = createDataDir();
        static EmbeddedPostgres postgres;

        static synchronized void start() {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(DATA)
                        .setCleanDataDirectory(false)
                        .setPort(PORT)
                        .setServerConfig("listen_addresses", "localhost")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static synchronized void stop() {
            try {
                if (postgres != null) {
                    postgres.close();
                    postgres = null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + PORT + "/postgres";
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path createDataDir() {
            try {
                return Files.createTempDirectory("monev-outage-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static class ExternalPostgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (Server.postgres == null) {
                Server.start();
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", Server.jdbcUrl(),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "");
        }
    }

    @AfterAll
    static void removeServer() throws IOException {
        Server.stop();
        try (Stream<Path> files = Files.walk(Server.DATA)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Response read(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).get("/api/v1/regions/61.01");
    }

    private static Response list(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).queryParam("size", 5).get("/api/v1/programs");
    }

    private static Response write(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("title", "Rapat saat gangguan", "date", "2026-03-01", "place", "Pontianak", "year", 2026))
                .post("/api/v1/meetings");
    }

    private static void assertUnavailableOrServed(Response response, int... served) {
        int status = response.statusCode();
        assertThat(response.asString(), status, not(equalTo(500)));
        if (status == 503) {
            assertThat(response.contentType(), containsString("application/problem+json"));
            assertThat(response.getHeader("Retry-After"), notNullValue());
            assertThat(response.asString(), not(containsString("jdbc")));
            assertThat(response.asString(), not(containsString("Exception")));
        } else {
            Integer[] allowed = java.util.Arrays.stream(served).boxed().toArray(Integer[]::new);
            assertThat(response.asString(), status, oneOf(allowed));
        }
    }

    @Test
    void outageAnswers503AndTheServiceRecoversWithoutRestart() throws Exception {
        String admin = Tokens.of("admin");
        read(admin).then().statusCode(200);

        // Requests in flight while the server goes away, then requests while it is away.
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> during = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                during.add(clients.submit(() -> n % 3 == 0 ? write(admin) : n % 3 == 1 ? list(admin) : read(admin)));
            }
            Server.stop();
            for (Future<Response> response : during) {
                assertUnavailableOrServed(response.get(), 200, 201);
            }
        } finally {
            clients.shutdown();
        }
        for (int i = 0; i < 3; i++) {
            for (Response response : List.of(read(admin), list(admin), write(admin))) {
                assertThat(response.asString(), response.statusCode(), equalTo(503));
                assertUnavailableOrServed(response);
            }
        }

        // start() returns once the server accepts connections.
        Server.start();
        long back = System.nanoTime();
        // The first requests after the database's return are served: dead pooled connections are replaced.
        read(admin).then().statusCode(200).body("code", equalTo("61.01"));
        list(admin).then().statusCode(200);
        write(admin).then().statusCode(201);
        System.out.printf("Service answered normally %d ms after the database was started again%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
    }
}
