package org.collections.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the message API. */
public final class MessageRequests {

    private MessageRequests() {
    }

    @Schema(description = "Send a templated message to a contact point of the case's debtor")
    public record NewMessage(@NotNull UUID caseId, @NotBlank @Schema(examples = "FIRST_REMINDER") String templateCode,
            @NotNull @Schema(description = "SMS, EMAIL or LETTER") Channel channel,
            @NotNull UUID contactPointId,
            @Schema(description = "Default DEBTOR") PersonRole person) {
    }

    public record MessageView(UUID id, UUID caseId, Channel channel, PersonRole person, UUID contactPointId,
            @Schema(description = "Masked for agencies") String recipient, String subject, String body,
            String templateCode, int templateVersion, String language, long attemptId, Instant sentAt, String sentBy,
            String agencyId) {
    }
}
