package org.collections.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Signs the events this service sends with its own key ({@code events.signing}). The timestamp is wall-clock
 * time: freshness of a delivery is about transport, never about the (test-movable) business clock.
 */
@ApplicationScoped
public class EventSignature {

    private final String keyId;
    private final byte[] key;

    public EventSignature(EventsConfig config) {
        this.keyId = config.signing().keyId();
        String material = Arrays.stream(config.signing().keys().split(","))
                .map(String::strip)
                .filter(entry -> entry.startsWith(keyId + ":"))
                .map(entry -> entry.substring(keyId.length() + 1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "events.signing.keys (EVENTS_SIGNING_KEYS) has no key for events.signing.key-id "
                                + keyId));
        this.key = EventSigning.secret(material);
    }

    /** The headers that carry the signature of {@code body}. */
    public Map<String, String> headers(String body) {
        long now = Instant.now().getEpochSecond();
        return Map.of(EventSigning.KEY_ID_HEADER, keyId,
                EventSigning.TIMESTAMP_HEADER, Long.toString(now),
                EventSigning.SIGNATURE_HEADER, EventSigning.sign(key, keyId, now, body));
    }
}
