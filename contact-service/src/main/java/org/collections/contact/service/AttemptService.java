package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.outbox.Outbox;
import org.collections.commons.rules.RuleViolation;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.events.ComplianceBreachEvent;
import org.collections.contact.events.ContactAttemptedEvent;
import org.collections.contact.model.Attempt;
import org.collections.contact.model.ComplianceBreach;
import org.collections.contact.model.CommaSeparated;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.model.Contactability;
import org.collections.contact.repository.AttemptRepository;
import org.collections.contact.repository.ComplianceBreachRepository;
import org.collections.contact.service.ContactCommands.NewAttempt;
import org.collections.contact.timing.RightPartyContact;

/**
 * The attempt ledger: every contact attempt, outbound or inbound, with its outcome. Append-only. An outcome
 * that says something about the contact point updates it at once (opt-out, wrong number). An outbound attempt made
 * without a valid lease or fresh ALLOW decision is still entered (the ledger reflects reality and it counts toward
 * the caps) but as non-compliant, with a breach published to case-service.
 */
@ApplicationScoped
public class AttemptService {

    @Inject
    AttemptRepository attempts;

    @Inject
    ComplianceBreachRepository breaches;

    @Inject
    AttemptCompliance compliance;

    @Inject
    ContactPointService points;

    @Inject
    ContactAccess access;

    @Inject
    CurrentPrincipal principal;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** An attempt as entered in the ledger, with the rules it broke (none when compliant). */
    public record Recorded(Attempt attempt, List<String> breachedRules) {
    }

    @WithTransaction
    public Uni<Recorded> record(NewAttempt request, String actor) {
        if (request.at() != null && request.at().isAfter(clock.instant())) {
            throw new RuleViolation("at", "must not be in the future");
        }
        if (request.purpose() == AttemptPurpose.VALIDATION_NOTICE && !isWrittenNoticeToDebtor(request)) {
            throw new RuleViolation("purpose",
                    "a validation notice is an outbound LETTER, EMAIL or SMS to the debtor");
        }
        if (request.leaseId() != null && request.decisionId() != null) {
            throw new RuleViolation("validation", "Validation failed", "decisionId", "name a lease or a decision, not both");
        }
        return enter(request, actor, false);
    }

    /** A leased contact completed through dispatch: compliant by construction, the lease was re-checked at dispatch. */
    @WithTransaction
    public Uni<Recorded> recordLeased(ContactSlot slot, Outcome outcome, Instant at, String actor) {
        NewAttempt request = new NewAttempt(slot.caseId, slot.channel, Direction.OUTBOUND, slot.person,
                slot.contactPointId, at, outcome, null, slot.id, null);
        return enter(request, actor, true);
    }

    private Uni<Recorded> enter(NewAttempt request, String actor, boolean leasedThroughDispatch) {
        return access.requireCase(request.caseId()).chain(c -> usablePoint(request, c).chain(point -> {
            Attempt a = attempt(request, c, actor);
            Uni<AttemptCompliance.Verdict> verdict = leasedThroughDispatch
                    ? Uni.createFrom().item(AttemptCompliance.Verdict.COMPLIANT)
                    : compliance.judge(a, actor, request.purpose() == AttemptPurpose.VALIDATION_NOTICE);
            // judged before the outcome changes the contact point: an opt-out must not make its own call a breach
            return verdict.chain(v -> pointUpdated(point, request.outcome(), actor)
                    .chain(() -> {
                        a.compliant = v.compliant();
                        return attempts.persist(a);
                    })
                    .chain(() -> outbox.publish(ContactAttemptedEvent.TYPE, a.caseId, attempted(a)))
                    .chain(() -> v.compliant() ? Uni.createFrom().voidItem() : breach(a, v))
                    .map(ignored -> new Recorded(a, v.ruleIds())));
        }));
    }

    private Attempt attempt(NewAttempt request, Contactability c, String actor) {
        Attempt a = new Attempt();
        a.caseId = c.caseId;
        a.debtorId = c.debtorId;
        a.channel = request.channel();
        a.direction = request.direction();
        a.person = request.person();
        a.contactPointId = request.contactPointId();
        a.at = request.at() == null ? clock.instant() : request.at();
        a.outcome = request.outcome();
        a.collector = actor;
        a.agencyId = principal.agencyId().orElse(null);
        a.purpose = request.purpose();
        a.leaseId = request.leaseId();
        a.decisionId = request.decisionId();
        return a;
    }

    private static ContactAttemptedEvent attempted(Attempt a) {
        boolean conversation = a.person == PersonRole.DEBTOR && RightPartyContact.is(a.outcome);
        return new ContactAttemptedEvent(a.caseId, a.id, a.channel.name(), a.direction.name(), a.person.name(),
                a.outcome.name(), conversation, a.compliant, a.agencyId, a.collector, a.at);
    }

    private Uni<ContactPoint> usablePoint(NewAttempt request, Contactability c) {
        if (request.contactPointId() == null) {
            return Uni.createFrom().nullItem();
        }
        return points.load(request.contactPointId()).map(p -> {
            if (!p.debtorId.equals(c.debtorId)) {
                throw new RuleViolation("contactPointId", "belongs to another debtor");
            }
            if (!p.serves(request.channel())) {
                throw new RuleViolation("contactPointId", "a " + p.kind + " cannot be used for "
                        + request.channel());
            }
            return p;
        });
    }

    private Uni<Void> pointUpdated(ContactPoint p, Outcome outcome, String actor) {
        if (p == null) {
            return Uni.createFrom().voidItem();
        }
        if (outcome == Outcome.OPT_OUT) {
            return points.setStatus(p, ContactPointStatus.OPTED_OUT, "debtor opted out during a contact", actor).replaceWithVoid();
        }
        if (outcome == Outcome.WRONG_NUMBER) {
            return points.setStatus(p, ContactPointStatus.INVALID, "wrong number", actor).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> breach(Attempt a, AttemptCompliance.Verdict v) {
        ComplianceBreach b = new ComplianceBreach();
        b.attemptId = a.id;
        b.caseId = a.caseId;
        b.debtorId = a.debtorId;
        b.agencyId = a.agencyId;
        b.actor = a.collector;
        b.channel = a.channel;
        b.at = a.at;
        b.ruleIds = String.join(",", v.ruleIds());
        b.reason = v.reason();
        b.recordedAt = clock.instant();
        ComplianceBreachEvent event = new ComplianceBreachEvent(a.caseId, a.debtorId, a.id, a.agencyId, a.collector,
                a.channel.name(), a.at, v.ruleIds(), v.reason());
        return breaches.persist(b)
                .chain(() -> outbox.publish(ComplianceBreachEvent.TYPE, a.caseId, event))
                .chain(() -> audit.record(a.collector, "COMPLIANCE_BREACH", "case", a.caseId, v.reason(), null,
                        Map.of("attemptId", a.id, "ruleIds", v.ruleIds())));
    }

    @WithSession
    public Uni<List<Recorded>> ofCase(UUID caseId) {
        return access.requireCase(caseId).chain(() -> attempts.list("caseId = ?1 order by at, id", caseId))
                .chain(list -> breaches.list("caseId", caseId).map(found -> {
                    Map<Long, List<String>> rules = found.stream().collect(Collectors.toMap(b -> b.attemptId,
                            b -> CommaSeparated.values(b.ruleIds)));
                    return list.stream().map(a -> new Recorded(a, rules.getOrDefault(a.id, List.of()))).toList();
                }));
    }

    private static boolean isWrittenNoticeToDebtor(NewAttempt request) {
        return request.direction() == Direction.OUTBOUND && request.person() == PersonRole.DEBTOR
                && (request.channel() == Channel.LETTER || request.channel() == Channel.EMAIL
                        || request.channel() == Channel.SMS);
    }
}
