package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ContactPointStatus;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.model.ContactPoint;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.repository.ContactPointRepository;
import org.collections.contact.repository.ContactSlotRepository;

/**
 * The dispatch queue. Due slots are leased to a consumer for a while; each is judged again before it is
 * handed out (a rule or flag may have changed since scheduling): still permitted → dispatched, otherwise
 * rescheduled at its next permitted time or cancelled. A lease not completed in time expires and the slot
 * returns to the queue; a completed one records its outcome in the attempt ledger, exactly once.
 * <p>
 * Who leases what: a case placed with an agency is worked by that agency, so an agency leases only the slots of the
 * cases placed with it, and the lender's own staff only those of cases placed with none. The contact address is
 * revealed in the lease alone, and each reveal is audited as a PII read.
 */
@ApplicationScoped
public class DispatchService {

    private static final Set<Channel> DIRECT = EnumSet.of(Channel.CALL, Channel.SMS, Channel.EMAIL);

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
    AuditLog audit;

    @Inject
    CurrentPrincipal principal;

    @Inject
    Clock clock;

    /** A slot leased: whom to contact and how, with the address in clear (null without a contact point). */
    public record LeasedSlot(UUID slotId, UUID caseId, UUID debtorId, Channel channel, PersonRole person,
            UUID contactPointId, String address, Instant leaseUntil) {
    }

    @WithTransaction
    public Uni<List<LeasedSlot>> lease(Channel channel, int limit, String owner, Duration leaseFor) {
        Instant now = clock.instant();
        String agencyId = principal.isAgency() ? principal.requiredAgencyId() : null;
        return slots.lease(channel, agencyId, limit, owner, now, now.plus(leaseFor))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<ContactSlot>of()) : slots.list("id in ?1", ids))
                .chain(leased -> Multi.createFrom().iterable(leased)
                        .onItem().transformToUniAndConcatenate(slot -> recheck(slot, now))
                        .filter(Objects::nonNull)
                        .collect().asList());
    }

    private Uni<LeasedSlot> recheck(ContactSlot slot, Instant now) {
        return point(slot).chain(point -> {
            UUID pointId = point == null ? null : point.id;
            ContactDecider.Question q = new ContactDecider.Question(slot.caseId, slot.channel, slot.person, pointId,
                    2, false, now, slot.id);
            return decider.judge(q).chain(judged -> {
                var d = judged.decision();
                if (d.allowed()) {
                    String address = point == null ? null : cipher.decrypt(point.valueCipher);
                    return (address == null ? Uni.createFrom().voidItem() : audited(slot, pointId))
                            .replaceWith(() -> new LeasedSlot(slot.id, slot.caseId, slot.debtorId, slot.channel,
                                    slot.person, pointId, address, slot.leaseUntil));
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
        });
    }

    /**
     * The slot's contact point; for a call, SMS or e-mail to the debtor that names none, the debtor's oldest valid
     * point for the channel, so that whoever leases it (an agency sees no address elsewhere) has one to use.
     */
    private Uni<ContactPoint> point(ContactSlot slot) {
        if (slot.contactPointId != null) {
            return points.findById(slot.contactPointId);
        }
        if (slot.person != PersonRole.DEBTOR || !DIRECT.contains(slot.channel)) {
            return Uni.createFrom().nullItem();
        }
        return points.list("debtorId = ?1 and status = ?2 order by createdAt, id", slot.debtorId, ContactPointStatus.VALID)
                .map(list -> list.stream().filter(p -> p.serves(slot.channel)).findFirst().orElse(null));
    }

    private Uni<Void> audited(ContactSlot slot, UUID pointId) {
        Map<String, Object> read = new HashMap<>();
        read.put("slotId", slot.id);
        read.put("caseId", slot.caseId);
        read.put("contactPointId", pointId);
        read.put("agencyId", principal.agencyId().orElse(null));
        return audit.record(principal.name(), "PII_READ", "debtor", slot.debtorId,
                "contact address leased: slot " + slot.id + " of case " + slot.caseId, null, read);
    }

    @WithTransaction
    public Uni<ContactSlot> complete(UUID slotId, String owner, Outcome outcome, Instant at, String actor) {
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
            slot.outcome = outcome;
            slot.leaseUntil = null;
            slot.updatedAt = now;
            return attempts.recordLeased(slot, outcome, at, actor).replaceWith(slot);
        });
    }
}
