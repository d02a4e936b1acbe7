package org.collections.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;
import org.collections.commons.http.RequestIds;

/**
 * What the gateway changes in the headers it passes on: hop-by-hop headers (RFC 9110 §7.6.1, including those the
 * {@code Connection} header names) never cross it, the request id is kept when sane and made up otherwise, and the
 * upstream learns who the client is through {@code X-Forwarded-*}. (Trace context is OpenTelemetry's: see ApiProxy.)
 */
public final class ForwardingHeaders {

    public static final String REQUEST_ID = RequestIds.HEADER;

    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private ForwardingHeaders() {
    }

    /** The client's request id when it is at most 128 characters of [A-Za-z0-9._-], else a fresh one. */
    public static String requestId(String offered) {
        return RequestIds.keepOrCreate(offered);
    }

    /** Removes hop-by-hop headers and every header the {@code Connection} header lists. */
    public static void dropHopByHop(MultiMap headers) {
        for (String connection : headers.getAll("connection")) {
            for (String token : connection.split(",")) {
                String name = token.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    headers.remove(name);
                }
            }
        }
        HOP_BY_HOP.forEach(headers::remove);
    }

    /** Sets {@code X-Forwarded-For/Proto/Host}, appending the client's address to a chain it may already carry. */
    public static void forwarded(MultiMap headers, HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String chain = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", chain == null || chain.isBlank() ? client : chain + ", " + client);
        headers.set("X-Forwarded-Proto", request.isSSL() ? "https" : "http");
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
    }
}
