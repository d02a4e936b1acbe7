package org.collections.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs event deliveries as the sending service would, with its DEV-ONLY HMAC secret ({@code <service>-dev}):
 * headers {@code Event-Key-Id}, {@code Event-Timestamp} and {@code Event-Signature} over key id, timestamp and body.
 */
public final class SignedEvents {

    private SignedEvents() {
    }

    /** Signed now by {@code sender} (e.g. case-service) with its DEV-ONLY key. */
    public static Map<String, String> headers(String sender, String body) {
        return headers(sender + "-dev", Instant.now().getEpochSecond(), body);
    }

    /** Any key id (of the dev keyring) and timestamp: for tests of stale or foreign signatures. */
    public static Map<String, String> headers(String keyId, long timestamp, String body) {
        String signature = sign(secret(keyId), keyId + "\n" + timestamp + "\n" + body);
        return Map.of("Event-Key-Id", keyId, "Event-Timestamp", Long.toString(timestamp), "Event-Signature", signature);
    }

    private static byte[] secret(String keyId) {
        String material = Arrays.stream(DevKeys.value("EVENTS_SIGNING_KEYS").split(","))
                .filter(entry -> entry.startsWith(keyId + ":"))
                .map(entry -> entry.substring(keyId.length() + 1))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No DEV-ONLY event key " + keyId));
        return Base64.getDecoder().decode(material);
    }

    private static String sign(byte[] secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
