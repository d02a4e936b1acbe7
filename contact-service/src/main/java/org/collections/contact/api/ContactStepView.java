package org.collections.contact.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.ContactStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A contact step another service asked for (a payment reminder, a treatment step) and what "
        + "became of it; the debtor's name it may carry is never shown")
public record ContactStepView(
        @Schema(description = "The sender's request id; the step is acted on once per request id") UUID requestId,
        @Schema(description = "The case it is about") UUID caseId,
        @Schema(description = "Why it was asked for") ContactStep.Purpose purpose,
        @Schema(description = "The channels to try, in order") List<Channel> channels,
        @Schema(description = "The template of its messages", examples = "PAYMENT_REMINDER") String templateCode,
        @Schema(description = "The preferred language, if the sender knew it", examples = "en") String language,
        @Schema(description = "No permitted time at or after this instant: the step is BLOCKED (UTC)") Instant notAfter,
        @Schema(description = "The service that asked for it", examples = "plan-service") String requestedBy,
        @Schema(description = "Where it stands") ContactStep.Status status,
        @Schema(description = "When a PENDING step is tried next (UTC); null once final") Instant dueAt,
        @Schema(description = "How often it was tried", examples = "1") int tries,
        @Schema(description = "The channel of the message sent or the call booked; null otherwise") Channel channel,
        @Schema(description = "The attempt in the ledger of the message sent", examples = "42") Long attemptId,
        @Schema(description = "The dispatch slot of the call booked") UUID slotId,
        @Schema(description = "The rules that blocked it", examples = "[\"US_REGF.CONTACT_HOURS\"]") List<String> ruleIds,
        @Schema(description = "What happened, in words", examples = "SMS PAYMENT_REMINDER v0 in en") String detail,
        @Schema(description = "When it was asked for (UTC)") Instant createdAt,
        @Schema(description = "When it reached its final status (UTC); null while PENDING") Instant completedAt) {

    static ContactStepView of(ContactStep s) {
        return new ContactStepView(s.requestId, s.caseId, s.purpose, s.channelList(), s.templateCode, s.language,
                s.notAfter, s.requestedBy, s.status, s.dueAt, s.tries, s.resultChannel, s.attemptId, s.slotId,
                s.ruleIdList(), s.detail, s.createdAt, s.completedAt);
    }
}
