package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.pii.Masking;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.client.CaseDirectory;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.model.SentMessage;
import org.collections.contact.compliance.Violation;
import org.collections.contact.repository.SentMessageRepository;
import org.collections.contact.service.ContactCommands.NewMessage;

/**
 * Sends templated messages: the contact must be permitted now and the template fit for the person and the rule
 * pack; then the message is rendered in the debtor's language, handed to the {@link MessageProvider} and entered in
 * the attempt ledger as DELIVERED, all in one transaction.
 */
@ApplicationScoped
public class MessageService {

    @Inject
    ContactDecider decider;

    @Inject
    CaseDirectory cases;

    @Inject
    TemplateService templates;

    @Inject
    ContactPointService points;

    @Inject
    ContactAccess access;

    @Inject
    MessageDelivery delivery;

    @Inject
    SentMessageRepository sent;

    @Inject
    CurrentPrincipal principal;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    /** A message sent, with its recipient as the caller may see it: in clear, or masked for agencies. */
    public record Sent(UUID id, UUID caseId, Channel channel, PersonRole person, UUID contactPointId, String recipient,
            String subject, String body, String templateCode, int templateVersion, String language, long attemptId,
            Instant sentAt, String sentBy, String agencyId) {
    }

    @WithTransaction
    public Uni<Sent> send(NewMessage r, String actor) {
        TemplateService.requireTemplateChannel(r.channel());
        PersonRole person = r.person() == null ? PersonRole.DEBTOR : r.person();
        Instant now = clock.instant();
        ContactDecider.Question q = new ContactDecider.Question(r.caseId(), r.channel(), person, r.contactPointId(), 1,
                false, now);
        return decider.judge(q).chain(judged -> cases.require(r.caseId()).chain(c -> templates
                .choose(r.templateCode(), r.channel(), c.debtor() == null ? null : c.debtor().preferredLanguage())
                .chain(template -> {
                    List<Violation> unfit = MessageDelivery.unfit(template, judged.pack().id(), r.channel(), person);
                    if (!unfit.isEmpty()) {
                        throw TemplateService.notCompliant("Template not permitted for this contact", unfit);
                    }
                    if (!judged.decision().allowed()) {
                        throw SchedulingService.blocked("Message not permitted now", judged.decision());
                    }
                    TemplateService.Rendered rendered = delivery.render(template,
                            MessageVariables.ofCase(c, TemplateService.locale(template)), c.id());
                    return points.load(r.contactPointId()).chain(point -> delivery
                            .deliver(new MessageDelivery.Prepared(judged.subject(), r.channel(), person, point, rendered),
                                    actor, principal.agencyId().orElse(null), now)
                            .map(this::view));
                })));
    }

    @WithSession
    public Uni<List<Sent>> ofCase(UUID caseId) {
        return access.requireCase(caseId).chain(() -> sent.list("caseId = ?1 order by sentAt, id", caseId))
                .map(list -> list.stream().map(this::view).toList());
    }

    private Sent view(OutboundMessage m) {
        return new Sent(m.id(), m.caseId(), m.channel(), m.person(), m.contactPointId(),
                shown(m.channel(), m.recipient()), m.subject(), m.body(), m.templateCode(), m.templateVersion(),
                m.language(), m.attemptId(), m.sentAt(), m.sentBy(), m.agencyId());
    }

    private Sent view(SentMessage s) {
        return new Sent(s.id, s.caseId, s.channel, s.person, s.contactPointId,
                shown(s.channel, cipher.decrypt(s.recipientCipher)), cipher.decrypt(s.subjectCipher),
                cipher.decrypt(s.bodyCipher), s.templateCode, s.templateVersion, s.language, s.attemptId, s.sentAt,
                s.sentBy, s.agencyId);
    }

    private String shown(Channel channel, String recipient) {
        if (!access.masked()) {
            return recipient;
        }
        return channel == Channel.EMAIL ? Masking.maskEmail(recipient) : Masking.mask(recipient);
    }
}
