package org.collections.gateway.partners.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The client-credential tokens of {@code /oauth2/token}. */
@ConfigMapping(prefix = "gateway.token-issuer")
public interface TokenIssuerConfig {

    /** PEM private key (file path or class path resource) that signs the tokens; every service trusts its public key. */
    String privateKeyLocation();

    @WithDefault("collections-platform")
    String issuer();

    @WithDefault("collections-api")
    String audience();

    @WithDefault("PT15M")
    Duration tokenLifetime();

    /** Failed client authentications allowed per client id within {@link #failedAttemptsPeriod()}. */
    @WithDefault("5")
    int failedAttemptsLimit();

    @WithDefault("PT5M")
    Duration failedAttemptsPeriod();
}
