package id.kalbar.monev.web;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the built dashboard at / from MONEV_DASHBOARD_DIR, with every other non-API path answered
 * by index.html so that the dashboard's own links survive a reload. Deployments behind nginx leave
 * the directory out and serve the files there.
 */
@ApplicationScoped
public class DashboardRoutes {

    private static final Logger LOG = Logger.getLogger(DashboardRoutes.class);
    /** After the static files, before Quarkus' own not-found handling. */
    private static final int FALLBACK_ORDER = 10_000;

    private final Path root;

    public DashboardRoutes(@ConfigProperty(name = "monev.dashboard.dir") String dashboardDir) {
        this.root = Path.of(dashboardDir).toAbsolutePath().normalize();
    }

    boolean available() {
        return Files.isRegularFile(root.resolve("index.html"));
    }

    void register(@Observes Router router) {
        if (!available()) {
            return;
        }
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setIndexPage("index.html")
                .setDefaultContentEncoding("UTF-8");
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> {
            if (isBackendPath(ctx.normalizedPath())) {
                ctx.next();
            } else {
                files.handle(ctx);
            }
        });
        router.route().order(FALLBACK_ORDER).method(HttpMethod.GET).handler(this::serveIndex);
    }

    private void serveIndex(RoutingContext ctx) {
        if (isBackendPath(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .sendFile(root.resolve("index.html").toString());
    }

    private static boolean isBackendPath(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
    }

    void announce(@Observes StartupEvent event,
                  @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
                  @ConfigProperty(name = "quarkus.http.port") int port) {
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
        if (available()) {
            LOG.infof("Dashboard: %s/  (served from %s)", base, root);
        } else {
            LOG.infof("No built dashboard in %s: run `make run` from the repository root to build and serve it", root);
        }
        LOG.infof("API: %s/api/v1   Contract: %s/q/openapi   Swagger UI: %s/q/swagger-ui", base, base, base);
    }
}
