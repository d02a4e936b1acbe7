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
        Map<String, byte[]> keys = Arrays.stream(config.keyring().split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.split(":", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> Base64.getDecoder().decode(kv[1])));
        return new FieldCipher(config.activeKeyId(), keys);
    }

    @Produces
    @ApplicationScoped
    BlindIndex blindIndex(PiiConfig config) {
        return new BlindIndex(Base64.getDecoder().decode(config.blindIndexKey()));
    }
}
