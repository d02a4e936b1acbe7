package org.collections.gateway.partners.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Partner agencies at the edge: whether agency tokens need a certificate, and how long lookups are cached. */
@ConfigMapping(prefix = "gateway.partners")
public interface PartnersConfig {

    /** Whether an agency token without a registered client certificate is refused unless it is a client-credential token. */
    @WithDefault("false")
    boolean requireCertificateForAgencyTokens();

    /** How long a certificate's agency and a client's status are cached at the edge (a change made through another replica takes this long). */
    @WithDefault("PT30S")
    Duration cacheTtl();

    /** How long registration waits for case-service's agency registry. */
    @WithDefault("PT3S")
    Duration registryTimeout();
}
