package org.collections.commons.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id ({@code X-Request-Id}): the caller's when it is at most 128 characters of
 * {@code [A-Za-z0-9._-]} (the gateway passes its own on), else a fresh one. It is put on the request for the
 * handlers after this one, on the response, and in the logging context ({@code requestId}), so that every log line a
 * request causes - JSON in the prod profile - names it, in the gateway and in the service it calls alike.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** The offered id when sane, else a fresh one. */
    public static String keepOrCreate(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 90).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String id = keepOrCreate(rc.request().getHeader(HEADER));
        rc.request().headers().set(HEADER, id);
        MDC.put(MDC_KEY, id);
        rc.addHeadersEndHandler(ignored -> {
            if (!rc.response().headers().contains(HEADER)) {
                rc.response().headers().set(HEADER, id);
            }
        });
        rc.next();
    }
}
