package org.collections.contact.service;


import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.RuleOverride;
import org.collections.contact.compliance.StatedPreferences;
import org.collections.contact.model.Consent;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.ContactStep;

/**
 * What the services are asked to do, in domain terms: the REST layer validates its requests, parses their formats
 * and hands these over.
 */
public final class ContactCommands {

    private ContactCommands() {
    }

    /** A phone number, e-mail or postal address to add to a debtor; {@code value} as entered. */
    public record NewContactPoint(UUID debtorId, ContactPoint.Kind kind, String value, String label) {
    }

    /** Consent given or withdrawn; {@code channel} and {@code contactPointId} as the kind needs them. */
    public record NewConsent(UUID debtorId, Consent.Kind kind, Channel channel, UUID contactPointId, boolean granted,
            String basis, String source) {
    }

    /** An attempt for the ledger; {@code at} null: now. */
    public record NewAttempt(UUID caseId, Channel channel, Direction direction, PersonRole person,
            UUID contactPointId, Instant at, Outcome outcome, AttemptPurpose purpose, UUID leaseId,
            UUID decisionId) {
    }

    /** A contact to schedule within a window; nulls: the debtor, from now, no end, priority 0. */
    public record NewContactRequest(UUID caseId, Channel channel, PersonRole person, UUID contactPointId,
            Instant windowStart, Instant windowEnd, Integer priority) {
    }

    /** A templated message to send; {@code person} null: the debtor. */
    public record NewMessage(UUID caseId, String templateCode, Channel channel, UUID contactPointId,
            PersonRole person) {
    }

    /** A new template for one code, channel and language. */
    public record NewTemplate(String code, Channel channel, String language, Set<String> rulePacks, String subject,
            String body) {
    }

    /** A template's new content. */
    public record TemplateChange(Set<String> rulePacks, String subject, String body) {
    }

    /** A template to render: with sample variables, or with those of a case. */
    public record TemplatePreview(Channel channel, String language, UUID caseId, Map<String, String> variables) {
    }

    /** A debtor's possible zones (IANA ids, without repeats) and stated preferences, replacing the old ones. */
    public record ContactProfileChange(List<String> extraZones, StatedPreferences stated, String reason) {
    }

    /** A creditor's override of a rule pack, replacing the previous one. */
    public record RuleOverrideChange(RuleOverride override, String reason) {
    }

    /**
     * A contact step another service asks for; {@code debtorName} in clear (the handler decrypts it from transit),
     * {@code requestedBy} the sending service.
     */
    public record NewContactStep(UUID requestId, UUID caseId, ContactStep.Purpose purpose, List<Channel> channels,
            String templateCode, String language, Map<String, String> variables, String debtorName, Instant notAfter,
            String requestedBy) {
    }
}
