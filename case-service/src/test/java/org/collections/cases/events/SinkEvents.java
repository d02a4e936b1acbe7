package org.collections.cases.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.collections.testsupport.EventSink;

/** The events the test subscriber accepted, read as JSON. */
final class SinkEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SinkEvents() {
    }

    /** The events of one case the sink accepted, in the order it accepted them. */
    static List<JsonNode> of(EventSink sink, String caseId) {
        return sink.received().stream().map(SinkEvents::read)
                .filter(e -> e.get("aggregateId").asText().equals(caseId)).toList();
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
