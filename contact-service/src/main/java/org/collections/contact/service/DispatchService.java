package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.api.ContactRequests.LeasedContact;
import org.collections.contact.api.ContactRequests.NewAttempt;
import org.collections.contact.api.ContactRequests.SlotOutcome;
import org.collections.contact.api.ContactRequests.SlotView;
import org.collections.contact.compliance.Channel;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.compliance.Direction;
import org.collections.contact.repository.ContactPointRepository;
import org.collections.contact.repository.ContactSlotRepository;

/**
 * The dispatch queue. Due slots are leased to a consumer for a while; each is judged again before it is
 * handed out (a rule or flag may have changed since scheduling): still permitted → dispatched, otherwise
 * rescheduled at its next permitted time or cancelled. A lease not completed in time expires and the slot
 * returns to the queue; a completed one records its outcome in the attempt ledger, exactly once.
 */
@ApplicationScoped
public class DispatchService {

    @Inject
    ContactSlotRepository slots;

    @Inject
    ContactPointRepository points;

    @Inject
    ContactDecider decider;

    @Inject
    AttemptService attempts;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<List<LeasedContact>> lease(Channel channel, int limit, String owner, Duration leaseFor) {
        Instant now = clock.instant();
        return slots.lease(channel, limit, owner, now, now.plus(leaseFor))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<ContactSlot>of()) : slots.list("id in ?1", ids))
                .chain(leased -> Multi.createFrom().iterable(leased)
                        .onItem().transformToUniAndConcatenate(slot -> recheck(slot, now))
                        .filter(Objects::nonNull)
                        .collect().asList());
    }

    private Uni<LeasedContact> recheck(ContactSlot slot, Instant now) {
        ContactDecider.Question q = new ContactDecider.Question(slot.caseId, slot.channel, slot.person, slot.contactPointId,
                2, false, now, slot.id);
        return decider.judge(q).chain(judged -> {
            var d = judged.decision();
            if (d.allowed()) {
                return address(slot).map(address -> new LeasedContact(slot.id, slot.caseId, slot.debtorId, slot.channel,
                        slot.person, slot.contactPointId, address, slot.leaseUntil));
            }
            boolean later = d.nextPermittedAt() != null && (slot.windowEnd == null || !d.nextPermittedAt().isAfter(slot.windowEnd));
            slot.status = later ? ContactSlot.Status.PENDING : ContactSlot.Status.CANCELLED;
            slot.scheduledAt = later ? d.nextPermittedAt() : slot.scheduledAt;
            slot.statusReason = "at dispatch: " + d.violations().stream().map(v -> v.ruleId()).toList();
            slot.leaseOwner = null;
            slot.leaseUntil = null;
            slot.updatedAt = now;
            return Uni.createFrom().nullItem();
        });
    }

    private Uni<String> address(ContactSlot slot) {
        if (slot.contactPointId == null) {
            return Uni.createFrom().nullItem();
        }
        return points.findById(slot.contactPointId).map(p -> p == null ? null : cipher.decrypt(p.valueCipher));
    }

    @WithTransaction
    public Uni<SlotView> complete(UUID slotId, String owner, SlotOutcome outcome, String actor) {
        Instant now = clock.instant();
        return slots.findById(slotId).chain(slot -> {
            if (slot == null) {
                throw ProblemException.notFound("Slot", slotId);
            }
            if (slot.status != ContactSlot.Status.LEASED || !owner.equals(slot.leaseOwner) || slot.leaseUntil.isBefore(now)) {
                throw ProblemException.conflict("lease-lost", "Slot " + slotId + " is not leased to " + owner
                        + " (status " + slot.status + "); its lease expired or it was completed or cancelled");
            }
            slot.status = ContactSlot.Status.DONE;
            slot.outcome = outcome.outcome();
            slot.leaseUntil = null;
            slot.updatedAt = now;
            return attempts.record(new NewAttempt(slot.caseId, slot.channel, Direction.OUTBOUND, slot.person,
                    slot.contactPointId, outcome.at(), outcome.outcome()), actor).replaceWith(() -> SchedulingService.view(slot));
        });
    }
}
