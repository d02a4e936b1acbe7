package org.collections.gateway.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platform's own services as OAuth2 clients: each known by its name, with the SHA-256 of its secret (hex). A name
 * may have two hashes while its secret is rotated. A secret is 256 random bits, so a plain SHA-256 is as safe as a
 * slow hash and lets an operator compute it with {@code sha256sum}; the gateway never holds the secrets.
 */
public final class ServiceClients {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final byte[] NOTHING = new byte[32];

    private final Map<String, List<byte[]>> hashes;

    private ServiceClients(Map<String, List<byte[]>> hashes) {
        this.hashes = hashes;
    }

    /**
     * Reads {@code name:sha256hex} entries. A malformed entry fails the start, named by its position, never by its
     * value.
     */
    public static ServiceClients parse(List<String> entries) {
        Map<String, List<byte[]>> hashes = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String name = colon < 0 ? "" : entry.substring(0, colon);
            String hash = colon < 0 ? "" : entry.substring(colon + 1).toLowerCase(java.util.Locale.ROOT);
            if (!NAME.matcher(name).matches() || !HASH.matcher(hash).matches()) {
                throw new IllegalArgumentException("gateway.service-clients entry " + (i + 1)
                        + " is not <service name>:<SHA-256 of its secret, 64 hex digits>");
            }
            hashes.computeIfAbsent(name, n -> new ArrayList<>()).add(HexFormat.of().parseHex(hash));
        }
        return new ServiceClients(hashes);
    }

    public boolean knows(String clientId) {
        return hashes.containsKey(clientId);
    }

    public Set<String> names() {
        return hashes.keySet();
    }

    /** Whether {@code secret} is one of the client's current secrets; compares every hash in constant time. */
    public boolean matches(String clientId, String secret) {
        byte[] digest = sha256(secret == null ? "" : secret);
        boolean matched = false;
        for (byte[] expected : hashes.getOrDefault(clientId, List.of(NOTHING))) {
            matched |= MessageDigest.isEqual(expected, digest);
        }
        return matched;
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
