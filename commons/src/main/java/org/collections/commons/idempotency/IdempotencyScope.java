package org.collections.commons.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whom an Idempotency-Key belongs to: the token's subject, its roles and the agency it speaks for. The same key
 * sent with another role or for another agency is a different key. Stored only as a digest.
 */
public record IdempotencyScope(String subject, Set<String> roles, String agencyId) {

    public String digest() {
        String canonical = subject + '\u0000' + String.join(",", new TreeSet<>(roles)) + '\u0000'
                + (agencyId == null ? "" : agencyId);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
