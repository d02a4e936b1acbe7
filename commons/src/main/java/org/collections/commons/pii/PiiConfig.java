package org.collections.commons.pii;

import io.smallrye.config.ConfigMapping;

/**
 * PII key material. {@code keyring} lists base64 256-bit keys as {@code id:key,id:key}; new values are
 * encrypted with {@code activeKeyId}, old ones decrypt with the key their ciphertext names.
 */
@ConfigMapping(prefix = "pii")
public interface PiiConfig {

    String activeKeyId();

    String keyring();

    String blindIndexKey();
}
