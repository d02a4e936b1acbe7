package org.collections.contact.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Violation;
import org.collections.contact.model.Attempt;
import org.collections.contact.model.ContactDecision;
import org.collections.contact.model.ContactSlot;
import org.collections.contact.repository.ContactDecisionRepository;
import org.collections.contact.repository.ContactSlotRepository;

/**
 * Whether an attempt about to enter the ledger was made under a dispatch lease the caller holds or a fresh ALLOW
 * decision given to the caller for the same contact. One that was not is still recorded, but judged at its own time
 * against the ledger before it, and non-compliant: the rules it broke, plus {@code <PACK>.NO_DECISION}.
 */
@ApplicationScoped
public class AttemptCompliance {

    static final String NO_DECISION = "NO_DECISION";

    @Inject
    ContactSlotRepository slots;

    @Inject
    ContactDecisionRepository decisions;

    @Inject
    ContactDecider decider;

    @Inject
    Clock clock;

    public record Verdict(boolean compliant, List<String> ruleIds, String reason) {

        static final Verdict COMPLIANT = new Verdict(true, List.of(), null);
    }

    /** Judges {@code a}; a valid lease it names is used up (its slot is done), an unknown decision is dropped. */
    public Uni<Verdict> judge(Attempt a, String actor, boolean permittedNotice) {
        if (a.direction != Direction.OUTBOUND) {
            return Uni.createFrom().item(Verdict.COMPLIANT);
        }
        if (a.leaseId != null) {
            return slots.findById(a.leaseId, LockModeType.PESSIMISTIC_WRITE).chain(slot -> {
                String problem = leaseProblem(slot, a, actor);
                if (problem != null) {
                    return breached(a, problem, permittedNotice);
                }
                slot.status = ContactSlot.Status.DONE;
                slot.outcome = a.outcome;
                slot.leaseUntil = null;
                slot.statusReason = "attempt recorded";
                slot.updatedAt = clock.instant();
                return Uni.createFrom().item(Verdict.COMPLIANT);
            });
        }
        if (a.decisionId != null) {
            return decisions.findById(a.decisionId).chain(d -> {
                if (d == null) {
                    String problem = "decision " + a.decisionId + " is unknown";
                    a.decisionId = null;
                    return breached(a, problem, permittedNotice);
                }
                String problem = decisionProblem(d, a, actor);
                return problem == null ? Uni.createFrom().item(Verdict.COMPLIANT) : breached(a, problem, permittedNotice);
            });
        }
        return breached(a, "made without a dispatch lease or an ALLOW decision", permittedNotice);
    }

    private String leaseProblem(ContactSlot slot, Attempt a, String actor) {
        if (slot == null || !slot.caseId.equals(a.caseId)) {
            return "lease " + a.leaseId + " is not a lease of this case";
        }
        if (slot.status != ContactSlot.Status.LEASED || !actor.equals(slot.leaseOwner)) {
            return "lease " + a.leaseId + " is not held by the caller (slot " + slot.status + ")";
        }
        if (slot.leaseUntil.isBefore(clock.instant())) {
            return "lease " + a.leaseId + " expired at " + slot.leaseUntil;
        }
        if (slot.channel != a.channel || slot.person != a.person
                || (slot.contactPointId != null && !slot.contactPointId.equals(a.contactPointId))) {
            return "lease " + a.leaseId + " is for a " + slot.channel + " to the " + slot.person
                    + (slot.contactPointId == null ? "" : " at contact point " + slot.contactPointId);
        }
        return null;
    }

    private static String decisionProblem(ContactDecision d, Attempt a, String actor) {
        String name = "decision " + d.id;
        if (!d.caseId.equals(a.caseId)) {
            return name + " is about another case";
        }
        if (!d.decidedBy.equals(actor)) {
            return name + " was given to another caller";
        }
        if (!d.allowed) {
            return name + " blocked the contact (" + d.ruleIds + ")";
        }
        if (d.channel != a.channel || d.person != a.person || !Objects.equals(d.contactPointId, a.contactPointId)) {
            return name + " is about a " + d.channel + " to the " + d.person
                    + (d.contactPointId == null ? " without a contact point" : " at contact point " + d.contactPointId);
        }
        if (d.validUntil == null) {
            return name + " was about " + d.at + ", not the moment it was given";
        }
        if (a.at.isBefore(d.decidedAt) || a.at.isAfter(d.validUntil)) {
            return name + " covers attempts from " + d.decidedAt + " until " + d.validUntil;
        }
        return null;
    }

    private Uni<Verdict> breached(Attempt a, String problem, boolean permittedNotice) {
        ContactDecider.Question q = new ContactDecider.Question(a.caseId, a.channel, a.person, a.contactPointId, 1,
                permittedNotice, a.at);
        return decider.judge(q).map(judged -> {
            List<Violation> violations = judged.decision().violations();
            List<String> rules = new ArrayList<>(violations.stream().map(Violation::ruleId).distinct().toList());
            String pack = judged.pack().id();
            // a pack id may carry its version (US_REGF@2021-11-30); rule ids never do
            rules.add((pack.contains("@") ? pack.substring(0, pack.indexOf('@')) : pack) + "." + NO_DECISION);
            String reason = "outbound " + a.channel + " " + problem + (violations.isEmpty() ? ""
                    : "; blocked: " + violations.stream().map(v -> v.ruleId() + " — " + v.reason())
                            .collect(Collectors.joining("; ")));
            return new Verdict(false, List.copyOf(rules), reason);
        });
    }
}
