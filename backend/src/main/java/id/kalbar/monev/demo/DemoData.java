package id.kalbar.monev.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Loads the demo data at start in the demo profile (`make run`) and in tests: a realistic catalogue
 * of programs and indicators, evaluation meetings with findings and their follow-up, the open round
 * for next year's targets, then targets and realizations. Only what is missing is added, so restarts
 * keep edits.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final List<String> SCRIPTS = List.of("demo/catalogue.sql", "demo/evaluation.sql", "demo/target-round.sql");

    private final AgroalDataSource dataSource;
    private final boolean enabled;

    public DemoData(AgroalDataSource dataSource, @ConfigProperty(name = "monev.demo.enabled") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void load(@Observes @Priority(10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String script : SCRIPTS) {
                statement.execute(read(script));
            }
            if (isEmpty(statement, "target")) {
                new DemoReports(connection).fill();
                LOG.info("Demo targets and realizations 2023-2026 loaded");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the demo data", e);
        }
        LOG.info("Demo catalogue and evaluation meetings loaded");
    }

    private static boolean isEmpty(Statement statement, String table) throws SQLException {
        try (var rs = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
