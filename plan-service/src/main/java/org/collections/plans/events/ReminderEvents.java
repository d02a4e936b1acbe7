package org.collections.plans.events;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.Outbox;

/**
 * Payment reminders asked of contact-service as contact steps ({@code ContactStepRequested}, purpose REMINDER). No
 * personal data: plan-service does not hold the debtor's name, so it sends none. The payload record is registered for
 * reflection: the outbox writes it with its own ObjectMapper call.
 */
@ApplicationScoped
@RegisterForReflection(ignoreNested = false)
public class ReminderEvents {

    public static final String REQUESTED = "ContactStepRequested";
    public static final String COMPLETED = "ContactStepCompleted";

    @Inject
    Outbox outbox;

    /** The contract of {@code ContactStepRequested}; variables keyed by template variable name, plain values. */
    public record ContactStepRequested(UUID requestId, UUID caseId, String purpose, List<String> channels,
            String templateCode, String language, Map<String, String> variables, String debtorName, Instant notAfter) {
    }

    public Uni<Void> requested(List<ContactStepRequested> steps) {
        return outbox.publishAll(REQUESTED, steps.stream().map(s -> new Outbox.Pending(s.caseId(), s)).toList())
                .replaceWithVoid();
    }
}
