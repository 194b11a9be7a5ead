package id.kalbar.monev.web;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Serves the built dashboard at / from MONEV_DASHBOARD_DIR, with every other non-API path answered
 * by index.html so that the dashboard's own links survive a reload. Deployments behind nginx leave
 * the directory out and serve the files there.
 */
@ApplicationScoped
public class DashboardRoutes {

    private static final Logger LOG = Logger.getLogger(DashboardRoutes.class);
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
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
            String path = ctx.normalizedPath();
            if (isBackendPath(path)) {
                ctx.next();
                return;
            }
            Path file = fileFor(path);
            String type = file == null ? null : COMPRESSIBLE.get(extension(file));
            if (type != null) {
                // Sent from memory, so that it is compressed (a zero-copy file transfer never is).
                serveFile(ctx, file, type, cacheControl(path));
                return;
            }
            String cacheControl = cacheControl(path);
            // Set last: the static handler writes its own one-day policy.
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, cacheControl));
            files.handle(ctx);
        });
        router.route().order(FALLBACK_ORDER).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serveIndex);
    }

    /** The dashboard's text files; images and fonts are served as they are. */
    private static final Map<String, String> COMPRESSIBLE = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "map", "application/json",
            "txt", "text/plain; charset=utf-8",
            "webmanifest", "application/manifest+json");

    private Path fileFor(String path) {
        Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Vite puts a content hash into every file name under /assets/: such a file never changes, so it is
     * cached for a year. Everything else (index.html above all) is revalidated on every use, so that a new
     * release reaches the users at once.
     */
    static String cacheControl(String path) {
        return path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
    }

    /** Client-side routes load the single page, revalidated by its ETag and Last-Modified. */
    private void serveIndex(RoutingContext ctx) {
        if (isBackendPath(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        serveFile(ctx, root.resolve("index.html"), COMPRESSIBLE.get("html"), REVALIDATE);
    }

    private void serveFile(RoutingContext ctx, Path file, String contentType, String cacheControl) {
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (IOException e) {
            ctx.fail(e);
            return;
        }
        String etag = "W/\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.toMillis()) + "\"";
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                modified.toInstant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        if (notModified(ctx, etag, modified)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(size)).end();
            return;
        }
        ctx.vertx().fileSystem().readFile(file.toString())
                .onSuccess(body -> ctx.response().end(body))
                .onFailure(ctx::fail);
    }

    private static boolean notModified(RoutingContext ctx, String etag, FileTime modified) {
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals(etag) || ifNoneMatch.trim().equals("*");
        }
        String ifModifiedSince = ctx.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.toInstant().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBackendPath(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals(PublishedContract.PATH);
    }

    void announce(@Observes StartupEvent event,
                  @ConfigProperty(name = "quarkus.http.host") String host,
                  @ConfigProperty(name = "quarkus.http.port") int port,
                  @ConfigProperty(name = "quarkus.management.host") String managementHost,
                  @ConfigProperty(name = "quarkus.management.port") int managementPort) {
        String base = "http://" + displayHost(host) + ":" + port;
        String management = "http://" + displayHost(managementHost) + ":" + managementPort + "/q";
        LOG.infof("Listening on %s:%d%s", host, port, "127.0.0.1".equals(host) || "localhost".equals(host)
                ? " (this machine only; set QUARKUS_HTTP_HOST=0.0.0.0 to accept other machines)" : "");
        if (available()) {
            LOG.infof("Dashboard: %s/  (served from %s)", base, root);
        } else {
            LOG.infof("No built dashboard in %s: run `make run` from the repository root to build and serve it", root);
        }
        LOG.infof("API: %s/api/v1   Contract: %s%s", base, base, PublishedContract.PATH);
        LOG.infof("Management (%s:%d): health %s/health   metrics %s/metrics   Swagger UI %s/swagger-ui",
                managementHost, managementPort, management, management, management);
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
