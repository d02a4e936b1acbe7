package org.collections.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Refuses (401) a signature-valid token that breaks {@link TokenRules}. Tokens are checked against the wall
 * clock, never the service's (test-movable) business clock.
 */
@ApplicationScoped
public class TokenRulesAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenRulesAugmentor.class);

    private final TokenRules rules;

    public TokenRulesAugmentor(@ConfigProperty(name = "auth.token.max-lifetime", defaultValue = "PT24H") Duration maxLifetime,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int skewSeconds, JwtKeyConfig required) {
        this.rules = new TokenRules(maxLifetime, Duration.ofSeconds(skewSeconds));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object agency = token.getClaim(CurrentPrincipal.AGENCY_CLAIM);
        TokenRules.Claims claims = new TokenRules.Claims(token.getSubject(), token.getIssuedAtTime(),
                token.getExpirationTime(), token.getGroups() == null ? java.util.Set.of() : token.getGroups(),
                agency == null ? null : agency.toString());
        return rules.violation(claims, Instant.now())
                .<Uni<SecurityIdentity>>map(reason -> {
                    LOG.debugf("Token refused: %s", reason);
                    return Uni.createFrom().failure(new AuthenticationFailedException(reason));
                })
                .orElseGet(() -> Uni.createFrom().item(identity));
    }
}
