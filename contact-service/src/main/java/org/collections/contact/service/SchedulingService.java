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
import java.util.stream.Collectors;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.model.Contactability;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.repository.ContactSlotRepository;
import org.collections.contact.service.ContactCommands.NewContactRequest;

/** Turns contact requests into slots at the earliest time the rules permit, or explains why there is none. */
@ApplicationScoped
public class SchedulingService {

    @Inject
    ContactDecider decider;

    @Inject
    ContactSlotRepository slots;

    @Inject
    ContactAccess access;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<ContactSlot> request(NewContactRequest r, String actor) {
        Instant now = clock.instant();
        Instant from = r.windowStart() == null || r.windowStart().isBefore(now) ? now : r.windowStart();
        if (r.windowEnd() != null && !r.windowEnd().isAfter(from)) {
            throw new RuleViolation("windowEnd", "must be after the window's start and in the future");
        }
        PersonRole person = r.person() == null ? PersonRole.DEBTOR : r.person();
        ContactDecider.Question q = new ContactDecider.Question(r.caseId(), r.channel(), person, r.contactPointId(), 2,
                false, from);
        return decider.judge(q).chain(judged -> {
            Decision d = judged.decision();
            Instant at = d.allowed() ? from : d.nextPermittedAt();
            if (at == null) {
                throw blocked("No permitted time for this contact", d);
            }
            if (r.windowEnd() != null && at.isAfter(r.windowEnd())) {
                throw blocked("The next permitted time " + at + " is after the window's end " + r.windowEnd(), d);
            }
            return book(judged.subject(), r.channel(), person, r.contactPointId(),
                    r.priority() == null ? 0 : r.priority(), r.windowEnd(), at, actor, now);
        });
    }

    /** Enters a PENDING slot at {@code at}, a time the caller has found permitted, in the caller's transaction. */
    public Uni<ContactSlot> book(Contactability subject, Channel channel, PersonRole person, UUID contactPointId,
            int priority, Instant windowEnd, Instant at, String actor, Instant now) {
        ContactSlot slot = new ContactSlot();
        slot.id = UUID.randomUUID();
        slot.caseId = subject.caseId;
        slot.debtorId = subject.debtorId;
        slot.channel = channel;
        slot.person = person;
        slot.contactPointId = contactPointId;
        slot.priority = priority;
        slot.windowEnd = windowEnd;
        slot.scheduledAt = at;
        slot.status = ContactSlot.Status.PENDING;
        slot.leases = 0;
        slot.createdBy = actor;
        slot.createdAt = now;
        slot.updatedAt = now;
        return slots.persist(slot);
    }

    @WithSession
    public Uni<List<ContactSlot>> ofCase(UUID caseId) {
        return access.requireCase(caseId).chain(() -> slots.list("caseId = ?1 order by scheduledAt, id", caseId));
    }

    static ProblemException blocked(String title, Decision d) {
        List<Problem.FieldError> rules = d.violations().stream()
                .map(v -> new Problem.FieldError(v.ruleId(), v.reason())).toList();
        return new ProblemException(409, "contact-not-permitted", "Contact not permitted", title + ": "
                + d.violations().stream().map(v -> v.ruleId()).collect(Collectors.joining(", ")), rules);
    }
}
