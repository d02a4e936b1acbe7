package org.collections.commons.pii;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * PII key material. {@code keyring} lists base64 256-bit keys as {@code id:key,id:key}; new values are
 * encrypted with {@code activeKeyId}, old ones decrypt with the key their ciphertext names.
 */
@ConfigMapping(prefix = "pii")
public interface PiiConfig {

    String activeKeyId();

    String keyring();

    String blindIndexKey();

    /**
     * Keys for personal data that travels inside events between services (a debtor's phone numbers from
     * case-service to contact-service), so that no outbox or inbox row holds it in clear. Only the services that send
     * or receive such data need them; same format as {@link #keyring()}.
     */
    Transit transit();

    interface Transit {

        Optional<String> activeKeyId();

        Optional<String> keyring();
    }
}
