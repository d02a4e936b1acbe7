package org.collections.contact.events;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code ContactStepCompleted} event to the services that ask for contact steps (case-service, plan-service):
 * what became of a step, without personal data. Registered for reflection: the outbox writes it with its own
 * ObjectMapper call.
 *
 * @param result SENT, CALL_BOOKED, BLOCKED or UNREACHABLE
 */
@RegisterForReflection
public record ContactStepCompletedEvent(UUID requestId, UUID caseId, String purpose, String result, String channel,
        Long attemptId, UUID slotId, List<String> ruleIds, String detail, Instant at) {

    public static final String TYPE = "ContactStepCompleted";
}
