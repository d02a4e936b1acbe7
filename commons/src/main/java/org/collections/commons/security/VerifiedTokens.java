package org.collections.commons.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once: a token seen and verified before is answered from a bounded cache, so a client's
 * session does not pay the signature check and claim parsing on every request. The key is the whole token, so only
 * the very same signed bytes hit; a hit is refused once the token has expired, and a refused token is never cached.
 * {@link TokenRulesAugmentor} still runs on every request.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Ahead of smallrye-jwt's own validator, which this delegates to on a miss. */
    private static final int PRIORITY = 2000;

    private final IdentityProvider<TokenAuthenticationRequest> verifier;
    private final Clock wallClock;
    private final long skewSeconds;
    private final Cache<String, SecurityIdentity> verified;

    @Inject
    VerifiedTokens(MpJwtValidator verifier,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int skewSeconds,
            @ConfigProperty(name = "auth.token-cache.size", defaultValue = "2000") int size,
            @ConfigProperty(name = "auth.token-cache.time", defaultValue = "PT5M") Duration time) {
        this(verifier, Clock.systemUTC(), skewSeconds, size, time);
    }

    VerifiedTokens(IdentityProvider<TokenAuthenticationRequest> verifier, Clock wallClock, int skewSeconds, int size,
            Duration time) {
        this.verifier = verifier;
        this.wallClock = wallClock;
        this.skewSeconds = skewSeconds;
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(time).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.getIfPresent(token);
        if (known != null) {
            if (!expired(known)) {
                return Uni.createFrom().item(known);
            }
            verified.invalidate(token);
            return Uni.createFrom().failure(new AuthenticationFailedException("the token has expired"));
        }
        return verifier.authenticate(request, context).invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken) {
                verified.put(token, identity);
            }
        });
    }

    private boolean expired(SecurityIdentity identity) {
        long expiresAt = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
        return wallClock.instant().getEpochSecond() > expiresAt + skewSeconds;
    }
}
