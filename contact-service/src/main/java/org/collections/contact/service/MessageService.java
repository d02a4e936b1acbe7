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
import org.collections.commons.rules.RuleViolation;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.client.CaseDirectory;
import org.collections.contact.client.CaseSnapshot;
import org.collections.contact.model.Attempt;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.model.SentMessage;
import org.collections.contact.messaging.TemplateCompliance;
import org.collections.contact.messaging.TemplateVariable;
import org.collections.contact.compliance.Violation;
import org.collections.contact.repository.AttemptRepository;
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
    AttemptRepository attempts;

    @Inject
    SentMessageRepository sent;

    @Inject
    MessageProvider provider;

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
                    List<Violation> unfit = TemplateCompliance.use(template.code, template.rulePackSet(),
                            template.variables(), judged.pack().id(), r.channel(), person);
                    if (!unfit.isEmpty()) {
                        throw TemplateService.notCompliant("Template not permitted for this contact", unfit);
                    }
                    if (!judged.decision().allowed()) {
                        throw SchedulingService.blocked("Message not permitted now", judged.decision());
                    }
                    TemplateService.Rendered rendered = templates.render(template,
                            MessageVariables.ofCase(c, TemplateService.locale(template)));
                    if (!rendered.missing().isEmpty()) {
                        throw new RuleViolation("missing-variable", "Missing variable", null, "Case " + c.id()
                                + " has no value for " + rendered.missing().stream().map(TemplateVariable::placeholder).toList());
                    }
                    return points.load(r.contactPointId()).chain(point -> {
                        Attempt a = attempt(judged.subject().caseId, judged.subject().debtorId, r, person, now, actor);
                        return attempts.persist(a).chain(() -> {
                            OutboundMessage m = new OutboundMessage(UUID.randomUUID(), a.caseId, a.debtorId,
                                    r.channel(), person, point.id, cipher.decrypt(point.valueCipher), rendered.subject(),
                                    rendered.body(), template.code, template.version, template.language, a.id, now,
                                    actor, a.agencyId);
                            return provider.send(m).replaceWith(() -> view(m));
                        });
                    });
                })));
    }

    @WithSession
    public Uni<List<Sent>> ofCase(UUID caseId) {
        return access.requireCase(caseId).chain(() -> sent.list("caseId = ?1 order by sentAt, id", caseId))
                .map(list -> list.stream().map(this::view).toList());
    }

    private Attempt attempt(UUID caseId, UUID debtorId, NewMessage r, PersonRole person, Instant at, String actor) {
        Attempt a = new Attempt();
        a.caseId = caseId;
        a.debtorId = debtorId;
        a.channel = r.channel();
        a.direction = Direction.OUTBOUND;
        a.person = person;
        a.contactPointId = r.contactPointId();
        a.at = at;
        a.outcome = Outcome.DELIVERED;
        a.collector = actor;
        a.agencyId = principal.agencyId().orElse(null);
        return a;
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
