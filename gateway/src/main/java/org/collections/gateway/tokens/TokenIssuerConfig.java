package org.collections.gateway.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The client-credential tokens of {@code /oauth2/token}: partner clients' and the platform's own services'. */
@ConfigMapping(prefix = "gateway.token-issuer")
public interface TokenIssuerConfig {

    /** PEM private key (file path or class path resource) that signs the tokens; every service trusts its public key. */
    String privateKeyLocation();

    /**
     * The key's id, sent as the tokens' {@code kid} header. While the platform's token key rotates, the services verify
     * against a key set with the old and the new key and pick the one a token names; without an id only a single key
     * can verify it.
     */
    Optional<String> keyId();

    @WithDefault("collections-platform")
    String issuer();

    @WithDefault("collections-api")
    String audience();

    @WithDefault("PT15M")
    Duration tokenLifetime();

    /**
     * The services that get a token of their own ({@code service:<name>}, role service): {@code name:sha256hex} of each
     * one's secret, two entries for one name while its secret is rotated (SERVICE_CLIENT_SECRET_HASHES).
     */
    Optional<List<String>> serviceClients();

    /** Failed client authentications allowed per client id within {@link #failedAttemptsPeriod()}. */
    @WithDefault("5")
    int failedAttemptsLimit();

    @WithDefault("PT5M")
    Duration failedAttemptsPeriod();
}
