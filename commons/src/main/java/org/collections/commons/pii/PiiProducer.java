package org.collections.commons.pii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class PiiProducer {

    @Produces
    @ApplicationScoped
    FieldCipher fieldCipher(PiiConfig config) {
        return new FieldCipher(config.activeKeyId(), keys(config.keyring()));
    }

    @Produces
    @ApplicationScoped
    TransitCipher transitCipher(PiiConfig config) {
        PiiConfig.Transit transit = config.transit();
        if (transit.activeKeyId().isEmpty() || transit.keyring().isEmpty()) {
            return new TransitCipher(null);
        }
        return new TransitCipher(new FieldCipher(transit.activeKeyId().get(), keys(transit.keyring().get())));
    }

    /** {@code id:base64key,id:base64key} as key material by id. */
    static Map<String, byte[]> keys(String keyring) {
        return Arrays.stream(keyring.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.split(":", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> Base64.getDecoder().decode(kv[1])));
    }

    @Produces
    @ApplicationScoped
    BlindIndex blindIndex(PiiConfig config) {
        return new BlindIndex(Base64.getDecoder().decode(config.blindIndexKey()));
    }
}
