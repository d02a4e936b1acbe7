package org.collections.commons.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The service's own credentials at the gateway's token endpoint, for calls it makes on nobody's behalf (scheduled
 * jobs, event deliveries). A service without a secret has no identity of its own: such a call then fails rather than
 * going out without a token.
 */
@ConfigMapping(prefix = "service-identity")
public interface ServiceIdentityConfig {

    /** The OAuth2 token endpoint (the gateway's {@code /oauth2/token}). */
    Optional<String> tokenUrl();

    /** The client id the gateway knows the service by: its name. */
    @WithDefault("${quarkus.application.name}")
    String clientId();

    /** The client secret (SERVICE_CLIENT_SECRET, from the service's Secret). */
    Optional<String> clientSecret();

    /** How long a token request may take. */
    @WithDefault("PT5S")
    Duration timeout();
}
