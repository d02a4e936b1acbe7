package org.collections.contact.service;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.collections.commons.pii.FieldCipher;
import org.collections.contact.model.SentMessage;
import org.collections.contact.repository.SentMessageRepository;

/** Sends nothing: stores the message, encrypted, in {@code sent_message}. Replaced by any other MessageProvider bean. */
@DefaultBean
@ApplicationScoped
public class RecordingMessageProvider implements MessageProvider {

    @Inject
    SentMessageRepository messages;

    @Inject
    FieldCipher cipher;

    @Override
    public Uni<Void> send(OutboundMessage m) {
        SentMessage s = new SentMessage();
        s.id = m.id();
        s.caseId = m.caseId();
        s.debtorId = m.debtorId();
        s.channel = m.channel();
        s.person = m.person();
        s.contactPointId = m.contactPointId();
        s.recipientCipher = cipher.encrypt(m.recipient());
        s.subjectCipher = cipher.encrypt(m.subject());
        s.bodyCipher = cipher.encrypt(m.body());
        s.templateCode = m.templateCode();
        s.templateVersion = m.templateVersion();
        s.language = m.language();
        s.attemptId = m.attemptId();
        s.sentAt = m.sentAt();
        s.sentBy = m.sentBy();
        s.agencyId = m.agencyId();
        return messages.persist(s).replaceWithVoid();
    }
}
