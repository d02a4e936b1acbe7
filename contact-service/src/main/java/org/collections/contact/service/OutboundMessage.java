package org.collections.contact.service;

import java.time.Instant;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;

/** A rendered message on its way out; {@code recipient} is the plain phone number, e-mail or postal address. */
public record OutboundMessage(UUID id, UUID caseId, UUID debtorId, Channel channel, PersonRole person,
        UUID contactPointId, String recipient, String subject, String body, String templateCode, int templateVersion,
        String language, long attemptId, Instant sentAt, String sentBy, String agencyId) {
}
