package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.LeaseInFlight;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.compliance.SituationFacts;
import org.collections.contact.model.Attempt;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.model.Contactability;
import org.collections.contact.model.DebtorProfile;
import org.collections.contact.repository.AttemptRepository;
import org.collections.contact.repository.ContactPointRepository;
import org.collections.contact.repository.ContactSlotRepository;

/**
 * Gathers what the rules need — the case replica and its creditor's rule pack in force at the contact's time, the
 * debtor's zones, consents and stated preferences, the contact point, the attempt ledger across the lender and all
 * agencies, and the debtor's dispatch leases that are out — and asks the compliance engine. Used by the decision
 * API, by scheduling, and again at dispatch, so a rule or flag that changed in between still blocks. The situation
 * is built by {@link SituationFacts#situation()}, as the daily plan builds it.
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
    ContactSlotRepository slots;

    @Inject
    RulePackResolver packs;

    @Inject
    Clock clock;

    /**
     * @param slotId the dispatch slot being judged, if any: its own lease is not counted as another contact
     */
    public record Question(UUID caseId, Channel channel, PersonRole person, UUID contactPointId, int collectors,
            boolean permittedNotice, Instant at, UUID slotId) {

        public Question(UUID caseId, Channel channel, PersonRole person, UUID contactPointId, int collectors,
                boolean permittedNotice, Instant at) {
            this(caseId, channel, person, contactPointId, collectors, permittedNotice, at, null);
        }
    }

    public record Judged(Decision decision, RulePack pack, Contactability subject) {
    }

    @WithSession
    public Uni<Judged> judge(Question q) {
        return access.requireCase(q.caseId()).chain(c -> judge(q, c));
    }

    /** Judges a contact about a case the caller has already loaded (and may act on), in the caller's session. */
    public Uni<Judged> judge(Question q, Contactability c) {
        return packs.forCase(c, q.at()).chain(pack -> consents
                .profileToRead(c.debtorId).chain(profile -> points.list("debtorId", c.debtorId).chain(debtorPoints -> attempts
                        .forRules(c.debtorId, q.at().minus(HISTORY))
                        .chain(history -> slots.inFlight(c.debtorId, clock.instant(), q.slotId())
                                .map(leases -> {
                                    SituationFacts facts = facts(c, profile, pointStatus(q, debtorPoints), debtorPoints,
                                            history, leases);
                                    ProposedContact contact = new ProposedContact(c.caseId, c.debtorId, q.channel(),
                                            q.person(), q.contactPointId() == null ? null : q.contactPointId().toString(),
                                            q.collectors(), q.permittedNotice(), q.at());
                                    return new Judged(ComplianceEngine.decide(pack, contact, facts.situation()), pack, c);
                                })))));
    }

    static SituationFacts facts(Contactability c, DebtorProfile profile, ContactPointStatus pointStatus,
            List<ContactPoint> debtorPoints, List<Attempt> history, List<ContactSlot> leases) {
        return new SituationFacts(c.timeZone, profile.extraZoneList(), c.restrictionSet(), profile.nightContactConsent,
                profile.optedOut(), profile.stated(), pointStatus,
                debtorPoints.stream().filter(p -> p.kind == ContactPoint.Kind.PHONE).map(p -> p.status).toList(),
                history.stream().map(Attempt::record).toList(),
                leases.stream().map(ContactDecider::inFlight).toList());
    }

    static LeaseInFlight inFlight(ContactSlot slot) {
        return new LeaseInFlight(slot.caseId, slot.debtorId, slot.channel, slot.person,
                slot.contactPointId == null ? null : slot.contactPointId.toString(), slot.updatedAt);
    }

    private static ContactPointStatus pointStatus(Question q, List<ContactPoint> debtorPoints) {
        if (q.contactPointId() == null) {
            return ContactPointStatus.VALID;
        }
        ContactPoint point = debtorPoints.stream().filter(p -> p.id.equals(q.contactPointId())).findFirst()
                .orElseThrow(() -> new RuleViolation("contactPointId", "is not a contact point of the case's debtor"));
        if (!point.serves(q.channel())) {
            throw new RuleViolation("contactPointId", "a " + point.kind + " cannot be used for " + q.channel());
        }
        return point.status;
    }
}
