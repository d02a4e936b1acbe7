package org.collections.testsupport;

import io.smallrye.jwt.build.Jwt;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/** Mints bearer tokens signed with the DEV-ONLY key, as the services accept them in the test profile. */
public final class Tokens {

    public static final String ISSUER = "collections-platform";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String admin() {
        return mint("admin-user", "admin", null);
    }

    public static String supervisor() {
        return mint("supervisor-user", "supervisor", null);
    }

    public static String collector() {
        return mint("collector-user", "collector", null);
    }

    public static String auditor() {
        return mint("auditor-user", "auditor", null);
    }

    public static String agency(String agencyId) {
        return mint("agency-" + agencyId + "-user", "agency", agencyId);
    }

    public static String mint(String subject, String role, String agencyId) {
        var builder = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(role))
                .expiresIn(Duration.ofHours(1));
        if (agencyId != null) {
            builder.claim("agency_id", agencyId);
        }
        return builder.sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("dev-keys/DEV-ONLY-jwt-private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the DEV-ONLY signing key", e);
        }
    }

    // Tokens a service must refuse with 401. Each is a valid token of the role (whatever claims mint() gives it)
    // with exactly one thing wrong, so a 401 can only come from that one thing.

    /** A token of {@code role} that expired an hour ago. */
    public static String expired(String role, String agencyId) {
        return altered(role, agencyId, claims -> {
            long now = System.currentTimeMillis() / 1000;
            claims.put("iat", now - 7200);
            claims.put("exp", now - 3600);
        }, KEY);
    }

    /** A token of {@code role} signed by a key pair the platform has never seen, generated now. */
    public static String unknownKey(String role, String agencyId) {
        return altered(role, agencyId, claims -> {
        }, UNKNOWN_KEY);
    }

    /** A token of {@code role} issued for another API (audience {@code other-api.example}). */
    public static String otherAudience(String role, String agencyId) {
        return altered(role, agencyId, claims -> claims.put("aud", "other-api.example"), KEY);
    }

    private static final PrivateKey UNKNOWN_KEY = freshKey();

    private static String altered(String role, String agencyId, Consumer<Map<String, Object>> change, PrivateKey key) {
        String subject = agencyId == null ? role + "-user" : "agency-" + agencyId + "-user";
        String valid = mint(subject, role, agencyId);
        try {
            byte[] payload = Base64.getUrlDecoder().decode(valid.split("\\.")[1]);
            Map<String, Object> claims = new ObjectMapper().readValue(payload, new TypeReference<Map<String, Object>>() {
            });
            change.accept(claims);
            return Jwt.claims(claims).sign(key);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
