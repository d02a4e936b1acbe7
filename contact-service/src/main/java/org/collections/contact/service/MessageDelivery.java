package org.collections.contact.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.Violation;
import org.collections.contact.messaging.TemplateCompliance;
import org.collections.contact.messaging.TemplateVariable;
import org.collections.contact.model.Attempt;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.Contactability;
import org.collections.contact.model.MessageTemplate;
import org.collections.contact.repository.AttemptRepository;

/**
 * The one way a templated message leaves the service, for collectors' messages and for contact steps alike: the
 * template checked against the pack and the person, rendered, entered in the attempt ledger as DELIVERED and handed
 * to the {@link MessageProvider}, in the caller's transaction. The caller has judged the contact permitted.
 */
@ApplicationScoped
public class MessageDelivery {

    @Inject
    TemplateService templates;

    @Inject
    AttemptRepository attempts;

    @Inject
    MessageProvider provider;

    @Inject
    FieldCipher cipher;

    /** A message ready to go: who, through which contact point, what. */
    public record Prepared(Contactability subject, Channel channel, PersonRole person, ContactPoint point,
            TemplateService.Rendered rendered) {
    }

    /** Why the template may not be used for this contact under the pack; empty when it may. */
    public static List<Violation> unfit(MessageTemplate t, String packId, Channel channel, PersonRole person) {
        return TemplateCompliance.use(t.code, t.rulePackSet(), t.variables(), packId, channel, person);
    }

    /** Renders the template; a variable without a value is a {@code missing-variable} violation. */
    public TemplateService.Rendered render(MessageTemplate t, Map<TemplateVariable, String> values, UUID caseId) {
        TemplateService.Rendered rendered = templates.render(t, values);
        if (!rendered.missing().isEmpty()) {
            throw new RuleViolation("missing-variable", "Missing variable", null, "Case " + caseId
                    + " has no value for " + rendered.missing().stream().map(TemplateVariable::placeholder).toList());
        }
        return rendered;
    }

    public Uni<OutboundMessage> deliver(Prepared m, String actor, String agencyId, Instant at) {
        Attempt a = new Attempt();
        a.caseId = m.subject().caseId;
        a.debtorId = m.subject().debtorId;
        a.channel = m.channel();
        a.direction = Direction.OUTBOUND;
        a.person = m.person();
        a.contactPointId = m.point().id;
        a.at = at;
        a.outcome = Outcome.DELIVERED;
        a.collector = actor;
        a.agencyId = agencyId;
        MessageTemplate template = m.rendered().template();
        return attempts.persist(a).chain(() -> {
            OutboundMessage out = new OutboundMessage(UUID.randomUUID(), a.caseId, a.debtorId, m.channel(), m.person(),
                    m.point().id, cipher.decrypt(m.point().valueCipher), m.rendered().subject(), m.rendered().body(),
                    template.code, template.version, template.language, a.id, at, actor, a.agencyId);
            return provider.send(out).replaceWith(out);
        });
    }
}
