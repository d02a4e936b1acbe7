package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.model.Attempt;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.ContactSituation;
import org.collections.contact.model.Contactability;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.repository.AttemptRepository;
import org.collections.contact.repository.ContactPointRepository;

/**
 * Gathers what the rules need — the case replica and its creditor's rule pack, the debtor's zones, consents and
 * stated preferences, the contact point and the attempt ledger across the lender and all agencies — and asks the
 * compliance engine. Used by the decision
 * API, by scheduling, and again at dispatch, so a rule or flag that changed in between still blocks.
 */
@ApplicationScoped
public class ContactDecider {

    /** Long enough for every rolling window and cool-down of every pack. */
    static final Duration HISTORY = Duration.ofDays(31);

    @Inject
    ContactAccess access;

    @Inject
    ConsentService consents;

    @Inject
    ContactPointRepository points;

    @Inject
    AttemptRepository attempts;

    @Inject
    RulePackResolver packs;

    public record Question(UUID caseId, Channel channel, PersonRole person, UUID contactPointId, int collectors,
            boolean permittedNotice, Instant at) {
    }

    public record Judged(Decision decision, RulePack pack, Contactability subject) {
    }

    @WithSession
    public Uni<Judged> judge(Question q) {
        return access.requireCase(q.caseId()).chain(c -> packs.forCase(c).chain(pack -> consents.profile(c.debtorId)
                .chain(profile -> points.list("debtorId", c.debtorId).chain(debtorPoints -> attempts
                        .forRules(c.debtorId, c.caseId, q.at().minus(HISTORY))
                        .map(history -> {
                            ContactPointStatus pointStatus = pointStatus(q, c, debtorPoints);
                            List<ZoneId> zones = new ArrayList<>();
                            zones.add(ZoneId.of(c.timeZone == null ? "UTC" : c.timeZone));
                            profile.extraZoneList().forEach(z -> zones.add(ZoneId.of(z)));
                            boolean numbersInvalid = debtorPoints.stream().filter(p -> p.kind == ContactPoint.Kind.PHONE)
                                    .allMatch(p -> p.status == ContactPointStatus.INVALID)
                                    && debtorPoints.stream().anyMatch(p -> p.kind == ContactPoint.Kind.PHONE);
                            ContactSituation situation = new ContactSituation(zones, c.restrictionSet(), pointStatus,
                                    profile.optedOut(), profile.nightContactConsent, numbersInvalid,
                                    history.stream().map(Attempt::record).toList(), profile.stated());
                            ProposedContact contact = new ProposedContact(c.caseId, c.debtorId, q.channel(), q.person(),
                                    q.contactPointId() == null ? null : q.contactPointId().toString(), q.collectors(),
                                    q.permittedNotice(), q.at());
                            return new Judged(ComplianceEngine.decide(pack, contact, situation), pack, c);
                        })))));
    }

    private static ContactPointStatus pointStatus(Question q, Contactability c, List<ContactPoint> debtorPoints) {
        if (q.contactPointId() == null) {
            return ContactPointStatus.VALID;
        }
        ContactPoint point = debtorPoints.stream().filter(p -> p.id.equals(q.contactPointId())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("contactPointId", "is not a contact point of the case's debtor"));
        if (!point.serves(q.channel())) {
            throw ProblemException.invalidField("contactPointId", "a " + point.kind + " cannot be used for " + q.channel());
        }
        return point.status;
    }
}
