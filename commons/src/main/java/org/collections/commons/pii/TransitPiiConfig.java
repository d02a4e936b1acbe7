package org.collections.commons.pii;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Keys for personal data that travels inside events between services (e.g. a debtor's phone numbers from
 * case-service to contact-service), so that no outbox or inbox row holds it in clear. Only the services that send
 * or receive such data need them; the format is that of {@link PiiConfig#keyring()}.
 */
@ConfigMapping(prefix = "pii.transit")
public interface TransitPiiConfig {

    Optional<String> activeKeyId();

    Optional<String> keyring();
}
