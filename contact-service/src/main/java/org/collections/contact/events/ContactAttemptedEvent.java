package org.collections.contact.events;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code ContactAttempted} event to case-service: an attempt entered in the ledger, without personal data (no
 * contact point), for the case's outcome history (scores, KPIs). {@code rightPartyContact}: a conversation with the
 * debtor. Registered for reflection: the outbox writes it with its own ObjectMapper call.
 */
@RegisterForReflection
public record ContactAttemptedEvent(UUID caseId, long attemptId, String channel, String direction, String person,
        String outcome, boolean rightPartyContact, boolean compliant, String agencyId, String collector, Instant at) {

    public static final String TYPE = "ContactAttempted";
}
