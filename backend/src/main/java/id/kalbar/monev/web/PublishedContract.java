package id.kalbar.monev.web;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The contract for integrators at one public address, {@code GET /openapi.yaml}: the same document the
 * build writes to {@code openapi.yaml}. Swagger UI and {@code /q/openapi} are on the management port.
 */
@ApplicationScoped
public class PublishedContract {

    static final String PATH = "/openapi.yaml";

    private final OpenApiDocumentService documents;
    private volatile Buffer body;
    private volatile String etag;

    public PublishedContract(OpenApiDocumentService documents) {
        this.documents = documents;
    }

    void register(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        if (body == null) {
            byte[] yaml = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.YAML);
            etag = "\"" + sha256(yaml) + "\"";
            body = Buffer.buffer(yaml);
        }
        ctx.response().putHeader("Cache-Control", "no-cache").putHeader("ETag", etag);
        if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8");
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader("Content-Length", Integer.toString(body.length())).end();
        } else {
            ctx.response().end(body);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
