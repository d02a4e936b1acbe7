package org.collections.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.commons.problem.ProblemException;

/**
 * Checks an incoming event: signed by a key this service knows (which names the sender), within the replay
 * window, from the sender its envelope names, and of a type that sender may send.
 */
@ApplicationScoped
public class EventVerifier {

    record TrustedKey(String sender, byte[] key) {
    }

    private final Map<String, TrustedKey> keys = new HashMap<>();
    private final EventsConfig config;

    public EventVerifier(EventsConfig config) {
        this.config = config;
        for (String entry : config.verificationKeys().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("events.verification-keys entries read keyId:sender:base64secret");
            }
            keys.put(parts[0], new TrustedKey(parts[1], EventSigning.secret(parts[2])));
        }
    }

    /** @return the sender whose key signed the body; a 401 problem when the signature is missing, unknown, stale or wrong */
    public String verify(String keyId, String timestamp, String signature, String body, Instant now) {
        if (keyId == null || timestamp == null || signature == null || body == null) {
            throw unauthorized("Missing event signature");
        }
        TrustedKey trusted = keys.get(keyId);
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw unauthorized("Missing or invalid event signature");
        }
        if (trusted == null || !EventSigning.verify(trusted.key(), keyId, signedAt, body, signature)) {
            throw unauthorized("Missing or invalid event signature");
        }
        if (Math.abs(now.getEpochSecond() - signedAt) > config.replayWindow().toSeconds()) {
            throw unauthorized("The event was signed outside the replay window");
        }
        return trusted.sender();
    }

    /** A 403 problem unless {@code sender} is the envelope's source and may send {@code type}. */
    public void requireAllowed(String sender, String source, String type) {
        if (!sender.equals(source)) {
            throw forbidden("The event's source is not the service that signed it");
        }
        List<String> allowed = config.senders().getOrDefault(sender, List.of());
        boolean permitted = allowed.stream().anyMatch(pattern -> pattern.endsWith("*")
                ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(type));
        if (!permitted) {
            throw forbidden("This sender may not send events of this type");
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "bad-signature", "Unauthorized", detail);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "event-not-allowed", "Forbidden", detail);
    }
}
