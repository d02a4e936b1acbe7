package org.collections.commons.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as it travels between services: a unique id, its type, the emitting service and the payload. The inbox reads
 * it with its own ObjectMapper call, which Quarkus cannot see: registered for reflection in a native image.
 */
@RegisterForReflection
public record EventEnvelope(UUID id, String type, String source, String aggregateId, Instant occurredAt,
        JsonNode payload) {
}
