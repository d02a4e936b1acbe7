package org.collections.gateway.tokens;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Set;

/**
 * Signs the tokens the gateway issues (partner client-credential tokens, and the gateway's own token for its calls to
 * the services) with the platform key every service trusts, naming the key by its id when one is configured.
 */
@ApplicationScoped
@Startup // a missing or unreadable signing key stops the start, not the first token request
public class TokenSigner {

    private final TokenIssuerConfig config;
    private final PrivateKey signingKey;
    // Token times are checked by every service against the wall clock, never the (test-movable) business clock.
    private final Clock clock = Clock.systemUTC();

    public TokenSigner(TokenIssuerConfig config) {
        this.config = config;
        this.signingKey = load(config.privateKeyLocation());
    }

    /** The configured lifetime of the tokens signed here, in seconds. */
    public long lifetimeSeconds() {
        return config.tokenLifetime().toSeconds();
    }

    /** Claims for {@code subject} with {@code roles}: issuer, audience and lifetime set; the caller may add more. */
    public JwtClaimsBuilder claims(String subject, Set<String> roles) {
        long now = clock.instant().getEpochSecond();
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .issuedAt(now)
                .expiresAt(now + lifetimeSeconds());
    }

    public String sign(JwtClaimsBuilder claims) {
        return config.keyId().map(kid -> claims.jws().keyId(kid).sign(signingKey))
                .orElseGet(() -> claims.sign(signingKey));
    }

    /** A PEM file, or a class path resource (tests: the DEV-ONLY key packed by test-support). */
    private static PrivateKey load(String location) {
        try {
            Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isRegularFile(file) ? KeyUtils.decodePrivateKey(Files.readString(file))
                    : KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the token signing key (gateway.token-issuer.private-key-location)", e);
        }
    }
}
