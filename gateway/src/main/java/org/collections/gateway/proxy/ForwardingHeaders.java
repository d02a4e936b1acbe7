package org.collections.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.collections.commons.http.RequestIds;

/**
 * What the gateway changes in the headers it passes on: hop-by-hop headers (RFC 9110 §7.6.1, including those the
 * {@code Connection} header names) never cross it, the request id and the W3C trace context are kept when sane and
 * made up otherwise, and the upstream learns who the client is through {@code X-Forwarded-*}.
 */
public final class ForwardingHeaders {

    public static final String REQUEST_ID = RequestIds.HEADER;
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ForwardingHeaders() {
    }

    /** The client's request id when it is at most 128 characters of [A-Za-z0-9._-], else a fresh one. */
    public static String requestId(String offered) {
        return RequestIds.keepOrCreate(offered);
    }

    /** The client's {@code traceparent} when well-formed (version 00, non-zero ids), else a fresh sampled one. */
    public static String traceparent(String offered) {
        if (offered != null) {
            var m = TRACEPARENT_FORMAT.matcher(offered.strip());
            if (m.matches() && !m.group(1).chars().allMatch(c -> c == '0') && !m.group(2).chars().allMatch(c -> c == '0')) {
                return offered.strip();
            }
        }
        return "00-" + hex(16) + "-" + hex(8) + "-01";
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

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
