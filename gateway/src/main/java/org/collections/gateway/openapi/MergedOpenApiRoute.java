package org.collections.gateway.openapi;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Serves the merged document at {@code /q/openapi}, where clients and Swagger UI look for it: JSON by default, YAML
 * with {@code ?format=yaml} or an {@code Accept} naming YAML. The gateway's own annotated operations are served by
 * SmallRye OpenAPI at {@code /q/openapi-gateway} and merged in here.
 */
@ApplicationScoped
public class MergedOpenApiRoute {

    public static final String PATH = "/q/openapi";

    @Inject
    ServiceDocuments documents;

    void install(@Observes Router router) {
        router.get(PATH).handler(this::serve);
    }

    void serve(RoutingContext rc) {
        var merged = documents.merged().document();
        boolean yaml = yaml(rc);
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(yaml ? PlatformApi.yaml(merged) : PlatformApi.json(merged));
    }

    private static boolean yaml(RoutingContext rc) {
        String format = rc.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml");
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml")
                && !accept.toLowerCase(Locale.ROOT).contains("json");
    }
}
