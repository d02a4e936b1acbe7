package org.collections.gateway.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go. An endpoint is an {@code https://} URL without credentials or fragment; plain
 * {@code http://} only to localhost when loopback is allowed (test and local profiles). Its host must never be, or
 * resolve to, a private, loopback, link-local, multicast or otherwise internal address: that would let a partner
 * make the gateway call into the cluster (SSRF). Hosts are checked at registration and resolved again before every
 * delivery, which then connects to the address that was checked.
 */
public final class EndpointAddresses {

    public static final int MAX_URL_LENGTH = 2048;

    private EndpointAddresses() {
    }

    /** @return why {@code url} cannot be an endpoint, or empty when it can (its host still to be resolved) */
    public static Optional<String> refuseUrl(String url, boolean allowLoopback) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("may be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !uri.isAbsolute() || uri.getRawAuthority() == null) {
            return Optional.of("must be an absolute https:// URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("may not carry credentials or a fragment");
        }
        boolean local = isLocalhostName(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback && local)) {
            return Optional.of("must use https://");
        }
        if (local && !allowLoopback) {
            return Optional.of("must not point at a private or internal address");
        }
        Optional<InetAddress> literal = literalAddress(host);
        if (literal.isPresent() && isForbidden(literal.get(), allowLoopback)) {
            return Optional.of("must not point at a private or internal address");
        }
        return Optional.empty();
    }

    /** True for any address a webhook must never be sent to. */
    public static boolean isForbidden(InetAddress address, boolean allowLoopback) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isMappedV4(b)) {
                try {
                    return isForbidden(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)), allowLoopback);
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
        }
        if (address.isLoopbackAddress()) {
            return !allowLoopback;
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            int first = address.getAddress()[0] & 0xff;
            int second = address.getAddress()[1] & 0xff;
            return first == 0 || first >= 240 // "this network", reserved and broadcast
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (address.getAddress()[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)); // benchmarking
        }
        return false;
    }

    private static boolean isLocalhostName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    /** The address of a host written as an IP literal (no lookup), or empty for a name. */
    private static Optional<InetAddress> literalAddress(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean v4 = h.matches("[0-9.]+");
        boolean v6 = h.contains(":");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(h)); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
