package org.collections.gateway.partners.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Client ids, client secrets and the salted PBKDF2-HMAC-SHA256 hashes the gateway keeps instead of the secrets.
 * A secret is 256 random bits, so the hash need not be slow to be safe; the iteration count is stored with each
 * hash ({@code pbkdf2-sha256$iterations$salt$hash}) so that it can be raised without invalidating existing secrets.
 */
public final class ClientSecrets {

    public static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String DUMMY = hash("not-a-secret-of-any-client");

    private ClientSecrets() {
    }

    /** A new client id: {@code pc-} and 24 hex digits (no ':' so that it fits HTTP Basic). */
    public static String newClientId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "pc-" + HexFormat.of().formatHex(bytes);
    }

    /** A new secret: 32 random bytes, base64url. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    public static String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + "$" + ITERATIONS + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(secret, salt, ITERATIONS));
    }

    /** Whether {@code secret} matches {@code stored}; a malformed stored value matches nothing. */
    public static boolean matches(String secret, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (secret == null || parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            byte[] expected = Base64.getUrlDecoder().decode(parts[3]);
            byte[] actual = derive(secret, Base64.getUrlDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time a real check takes, so that an unknown client id cannot be told apart by timing. */
    public static void matchNothing(String secret) {
        matches(secret == null ? "" : secret, DUMMY);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
