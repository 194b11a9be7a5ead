package id.kalbar.monev.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path under /api that no resource serves is answered with a 404 problem, like every other API
 * error, instead of the server's plain-text page.
 */
@ApplicationScoped
public class ApiNotFoundRoute {

    private static final int LAST = Integer.MAX_VALUE - 100;

    void register(@Observes Router router) {
        router.route("/api/*").order(LAST).handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "about:blank")
                        .put("title", "Not Found")
                        .put("status", 404)
                        .put("detail", "No resource exists at this path")
                        .put("instance", ctx.normalizedPath())
                        .encode()));
    }
}
