package org.collections.commons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.collections.commons.time.ShiftableClock;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private final ShiftableClock clock = new ShiftableClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> verifiedTokens = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens(new CountingVerifier(), clock, 60, 100,
            Duration.ofMinutes(5));

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromTheCache() {
        SecurityIdentity first = authenticate("token-a");
        SecurityIdentity second = authenticate("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifiedTokens).containsExactly("token-a");
    }

    @Test
    void anyOtherTokenIsVerifiedAgain() {
        authenticate("token-a");
        authenticate("token-a.");

        assertThat(verifiedTokens).containsExactly("token-a", "token-a.");
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpiredBeyondTheSkew() {
        authenticate("token-a");
        clock.offset(Duration.ofMinutes(10).plusSeconds(59));
        assertThat(authenticate("token-a")).isNotNull();

        clock.offset(Duration.ofMinutes(10).plusSeconds(61));
        assertThatThrownBy(() -> authenticate("token-a")).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aRefusedTokenIsNotCached() {
        assertThatThrownBy(() -> authenticate("refused")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> authenticate("refused")).isInstanceOf(AuthenticationFailedException.class);

        assertThat(verifiedTokens).containsExactly("refused", "refused");
    }

    private SecurityIdentity authenticate(String token) {
        TokenCredential credential = new TokenCredential(token, "bearer");
        return tokens.authenticate(new TokenAuthenticationRequest(credential), null).await().indefinitely();
    }

    /** Accepts every token but "refused", as expiring ten minutes from now, and records what it verified. */
    private final class CountingVerifier implements IdentityProvider<TokenAuthenticationRequest> {

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String token = request.getToken().getToken();
            verifiedTokens.add(token);
            if (token.equals("refused")) {
                return Uni.createFrom().failure(new AuthenticationFailedException("bad signature"));
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("collector-1");
            claims.setClaim("exp", NOW.plus(Duration.ofMinutes(10)).getEpochSecond());
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new DefaultJWTCallerPrincipal(claims)).build());
        }
    }
}
