package org.collections.contact.events;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code ComplianceBreach} event to case-service: an attempt that entered the ledger without a valid dispatch
 * lease or fresh ALLOW decision, with the rules it broke. case-service appends it to the case's audit history. The
 * outbox writes it with its own ObjectMapper call, which Quarkus cannot see: registered for reflection in a native image.
 */
@RegisterForReflection
public record ComplianceBreachEvent(UUID caseId, UUID debtorId, long attemptId, String agencyId, String actor,
        String channel, Instant at, List<String> ruleIds, String reason) {

    public static final String TYPE = "ComplianceBreach";
}
