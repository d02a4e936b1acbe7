package org.collections.commons.inbox;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.collections.commons.outbox.EventsConfig;
import org.collections.commons.problem.Problem;

/**
 * The event endpoint reads at most {@code events.max-body-bytes}, and only with a declared length: larger or
 * unmeasured bodies are answered 413/411 before a byte of them is read or a signature checked.
 */
@ApplicationScoped
public class InboxBodyLimit {

    void install(@Observes Router router, EventsConfig config) {
        long max = config.maxBodyBytes();
        router.post(InboxResource.PATH).order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0) {
                refuse(ctx, 411, "length-required", "Length Required", "An event needs a Content-Length");
            } else if (declared > max) {
                refuse(ctx, 413, "payload-too-large", "Payload Too Large", "An event may be at most " + max + " bytes");
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(io.vertx.ext.web.RoutingContext ctx, int status, String slug, String title, String detail) {
        String body = "{\"type\":\"" + Problem.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
