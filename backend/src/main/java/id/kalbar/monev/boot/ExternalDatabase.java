package id.kalbar.monev.boot;

/** An operator-supplied PostgreSQL (docker-compose, a managed server) replaces the embedded one. */
final class ExternalDatabase {

    private ExternalDatabase() {
    }

    static boolean isConfigured() {
        String url = System.getProperty("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        return url != null && !url.isBlank();
    }
}
