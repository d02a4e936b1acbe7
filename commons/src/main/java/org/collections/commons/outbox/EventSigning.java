package org.collections.commons.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures over an event: the key id, the timestamp (epoch seconds) and the body, so none of them can
 * be swapped without breaking the signature. Plain Java, shared by senders, receivers and tests.
 */
public final class EventSigning {

    public static final String KEY_ID_HEADER = "Event-Key-Id";
    public static final String TIMESTAMP_HEADER = "Event-Timestamp";
    public static final String SIGNATURE_HEADER = "Event-Signature";

    private EventSigning() {
    }

    public static String sign(PrivateKey key, String keyId, long timestamp, String body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(content(keyId, timestamp, body));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    public static boolean verify(PublicKey key, String keyId, long timestamp, String body, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(content(keyId, timestamp, body));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PrivateKey privateKey(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public static PublicKey publicKey(String base64X509) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a base64 X.509 Ed25519 public key", e);
        }
    }

    private static byte[] content(String keyId, long timestamp, String body) {
        return (keyId + "\n" + timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }
}
