package org.collections.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Signs event deliveries as the sending service would, with its DEV-ONLY Ed25519 key ({@code <service>-dev}):
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
        String signature = sign(privateKey(keyId), keyId + "\n" + timestamp + "\n" + body);
        return Map.of("Event-Key-Id", keyId, "Event-Timestamp", Long.toString(timestamp), "Event-Signature", signature);
    }

    private static PrivateKey privateKey(String keyId) {
        String material = Arrays.stream(DevKeys.value("EVENTS_SIGNING_PRIVATE_KEYS").split(","))
                .filter(entry -> entry.startsWith(keyId + ":"))
                .map(entry -> entry.substring(keyId.length() + 1))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No DEV-ONLY event key " + keyId));
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(material)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(PrivateKey key, String content) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
