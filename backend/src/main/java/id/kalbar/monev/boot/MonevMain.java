package id.kalbar.monev.boot;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Prepares what the application needs before Quarkus reads its configuration: the data directory,
 * the token signing keys and, unless an external database is configured, an embedded PostgreSQL.
 */
@QuarkusMain
public class MonevMain {

    private static final Logger LOG = Logger.getLogger(MonevMain.class);

    public static void main(String... args) throws Exception {
        Path dataDir = DataDirectory.resolve();
        SigningKeyFiles.ensureExist(dataDir.resolve("keys"));

        EmbeddedPostgresServer embedded = null;
        if (ExternalDatabase.isConfigured()) {
            LOG.info("Using the PostgreSQL server given by QUARKUS_DATASOURCE_JDBC_URL");
        } else {
            embedded = EmbeddedPostgresServer.start(dataDir.resolve("postgres"));
            embedded.exposeAsDatasource();
        }
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
