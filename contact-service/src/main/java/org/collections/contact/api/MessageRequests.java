package org.collections.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.service.ContactCommands;
import org.collections.contact.service.MessageService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the message API. */
public final class MessageRequests {

    private MessageRequests() {
    }

    @Schema(description = "Send a templated message to a contact point of the case's debtor")
    public record NewMessage(@NotNull @Schema(description = "The case the message is about") UUID caseId,
            @NotBlank @Schema(description = "The template's code; the version in the debtor's preferred language (or "
                    + "the closest) is used", examples = "FIRST_REMINDER") String templateCode,
            @NotNull @Schema(description = "SMS, EMAIL or LETTER") Channel channel,
            @NotNull @Schema(description = "The debtor's contact point to send to; it must serve the channel")
            UUID contactPointId,
            @Schema(description = "Default DEBTOR") PersonRole person) {

        ContactCommands.NewMessage toCommand() {
            return new ContactCommands.NewMessage(caseId, templateCode, channel, contactPointId, person);
        }
    }

    @Schema(description = "A message sent")
    public record MessageView(
            @Schema(description = "The message's id") UUID id,
            @Schema(description = "The case it is about") UUID caseId,
            @Schema(description = "SMS, EMAIL or LETTER") Channel channel,
            @Schema(description = "Whom it was sent to") PersonRole person,
            @Schema(description = "The contact point it was sent to") UUID contactPointId,
            @Schema(description = "The number, e-mail or address it went to; masked for agencies") String recipient,
            @Schema(description = "The rendered subject; null for SMS") String subject,
            @Schema(description = "The rendered text, as sent") String body,
            @Schema(description = "The template's code", examples = "FIRST_REMINDER") String templateCode,
            @Schema(description = "The version of the template used", examples = "0") int templateVersion,
            @Schema(description = "The language it was rendered in", examples = "en") String language,
            @Schema(description = "The attempt it was recorded as in the ledger (DELIVERED)", examples = "42")
            long attemptId,
            @Schema(description = "When it was handed to the message provider (UTC)") Instant sentAt,
            @Schema(description = "Who sent it (token subject)") String sentBy,
            @Schema(description = "The agency that sent it; null for the lender's staff") String agencyId) {

        static MessageView of(MessageService.Sent m) {
            return new MessageView(m.id(), m.caseId(), m.channel(), m.person(), m.contactPointId(), m.recipient(),
                    m.subject(), m.body(), m.templateCode(), m.templateVersion(), m.language(), m.attemptId(),
                    m.sentAt(), m.sentBy(), m.agencyId());
        }
    }
}
