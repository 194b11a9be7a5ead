package id.kalbar.monev.support;

import id.kalbar.monev.boot.EmbeddedPostgresServer;
import id.kalbar.monev.boot.SigningKeyFiles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the tests: the same embedded server `make run` uses (password authentication
 * included), on a throw-away cluster.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private Path dataDir;
    private EmbeddedPostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("monev-test-");
            SigningKeyFiles.ensureExist(dataDir.resolve("keys"));
            server = EmbeddedPostgresServer.startTemporary(dataDir.resolve("postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestKeys.use(dataDir.resolve("keys"));
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password(),
                "monev.data-dir", dataDir.toString());
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
            if (dataDir != null) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
