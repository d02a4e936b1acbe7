package org.collections.contact.service;

import io.smallrye.mutiny.Uni;

/**
 * Delivers rendered messages: an SMS gateway, a mail server, a print house. Called inside the sending transaction,
 * after the attempt is in the ledger; a failure rolls both back. The default, {@link RecordingMessageProvider},
 * only records what would be sent, so the suite runs without any external sender.
 */
public interface MessageProvider {

    Uni<Void> send(OutboundMessage message);
}
