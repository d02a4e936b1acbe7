package org.collections.commons.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** An event as it travels between services: a unique id, its type, the emitting service and the payload. */
public record EventEnvelope(UUID id, String type, String source, String aggregateId, Instant occurredAt,
        JsonNode payload) {
}
