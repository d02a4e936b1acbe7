package org.collections.contact.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.json.Json;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.commons.pii.TransitCipher;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.ContactStep;
import org.collections.contact.service.ContactCommands.NewContactStep;
import org.collections.contact.service.ContactStepService;

/**
 * Takes {@code ContactStepRequested} from plan-service (reminders) and case-service (treatment paths): the step is
 * stored once per request id and tried at once. The debtor's name arrives under the transit key and is kept under
 * contact-service's own.
 */
@ApplicationScoped
public class ContactStepHandler implements EventHandler {

    static final String TYPE = "ContactStepRequested";

    @Inject
    ContactStepService steps;

    @Inject
    TransitCipher transit;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        return steps.request(parse(event)).replaceWithVoid();
    }

    private NewContactStep parse(EventEnvelope event) {
        JsonNode p = event.payload();
        try {
            List<Channel> channels = new ArrayList<>();
            p.path("channels").forEach(c -> channels.add(Channel.valueOf(c.asText())));
            if (channels.isEmpty()) {
                throw ProblemException.badRequest("A contact step needs at least one channel");
            }
            Map<String, String> variables = new LinkedHashMap<>();
            p.path("variables").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    variables.put(e.getKey(), e.getValue().asText());
                }
            });
            String name = Json.textOrNull(p, "debtorName");
            String notAfter = Json.textOrNull(p, "notAfter");
            return new NewContactStep(UUID.fromString(p.path("requestId").asText()),
                    UUID.fromString(p.path("caseId").asText()), ContactStep.Purpose.valueOf(p.path("purpose").asText()),
                    channels, Json.textOrNull(p, "templateCode"), Json.textOrNull(p, "language"), variables,
                    name == null ? null : transit.decrypt(name), notAfter == null ? null : Instant.parse(notAfter),
                    event.source());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badRequest("Malformed ContactStepRequested event");
        }
    }
}
