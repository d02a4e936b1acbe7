package org.collections.plans.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.collections.commons.inbox.EventHandler;
import org.collections.commons.json.Json;
import org.collections.commons.outbox.EventEnvelope;
import org.collections.commons.problem.ProblemException;
import org.collections.plans.domain.PaymentReminder;
import org.collections.plans.service.PaymentReminderService;

/**
 * Takes contact-service's {@code ContactStepCompleted}: what became of a payment reminder. Steps of other services
 * (case-service's treatment paths) and results this service does not know leave everything as it is.
 */
@ApplicationScoped
public class ContactStepCompletedHandler implements EventHandler {

    @Inject
    PaymentReminderService reminders;

    @Override
    public boolean handles(String eventType) {
        return ReminderEvents.COMPLETED.equals(eventType);
    }

    @Override
    public Uni<Void> apply(EventEnvelope event) {
        JsonNode p = event.payload();
        if (!"REMINDER".equals(p.path("purpose").asText())) {
            return Uni.createFrom().voidItem();
        }
        UUID requestId;
        PaymentReminder.Status result;
        try {
            requestId = UUID.fromString(p.path("requestId").asText());
            result = PaymentReminder.Status.valueOf(p.path("result").asText());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Malformed ContactStepCompleted event");
        }
        if (result == PaymentReminder.Status.REQUESTED) {
            throw ProblemException.badRequest("Malformed ContactStepCompleted event");
        }
        return reminders.completed(requestId, result, detail(p));
    }

    /** The detail, with the blocking rules when there are any. */
    private static String detail(JsonNode p) {
        String detail = Json.textOrNull(p, "detail");
        StringBuilder rules = new StringBuilder();
        p.path("ruleIds").forEach(r -> rules.append(rules.isEmpty() ? "" : ", ").append(r.asText()));
        if (rules.isEmpty()) {
            return detail;
        }
        return "[" + rules + "] " + (detail == null ? "" : detail);
    }
}
