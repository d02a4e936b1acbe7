package org.collections.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

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
}
