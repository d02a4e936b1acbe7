package org.collections.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/** Mints bearer tokens signed with the DEV-ONLY key, as the services accept them in the test profile. */
public final class Tokens {

    public static final String ISSUER = "collections-platform";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "collections-api";
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

    /** A service's own token, as the gateway issues it at /oauth2/token: subject service:NAME, role service alone. */
    public static String service(String name) {
        return mint("service:" + name, "service", null);
    }

    public static String mint(String subject, String role, String agencyId) {
        return custom(subject, role, agencyId, claims -> { });
    }

    /**
     * A token like {@link #mint} that {@code adjust} may change before it is signed (another audience, a long
     * lifetime, an issue time in the future, a missing claim), for tests of what the services refuse.
     */
    public static String custom(String subject, String role, String agencyId, Consumer<JwtClaimsBuilder> adjust) {
        long now = Instant.now().getEpochSecond();
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).audience(AUDIENCE).groups(Set.of(role)).issuedAt(now)
                .expiresAt(now + Duration.ofHours(1).toSeconds());
        if (subject != null) {
            builder.subject(subject).upn(subject);
        }
        if (agencyId != null) {
            builder.claim("agency_id", agencyId);
        }
        adjust.accept(builder);
        return builder.sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("dev-keys/DEV-ONLY-jwt-private.pem"); // packed from <repo>/dev-keys
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
