package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.collections.commons.money.Money;
import org.collections.commons.rules.RuleViolation;

/** One debtor's debts with one creditor, worked as a unit. */
@Entity
@Table(name = "collection_case")
public class CollectionCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Column(name = "creditor_id", nullable = false)
    public String creditorId;

    @Column(name = "external_ref", nullable = false)
    public String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "total_debt", nullable = false, precision = 19, scale = 4)
    public BigDecimal totalDebt;

    @Column(name = "payments_received", nullable = false, precision = 19, scale = 4)
    public BigDecimal paymentsReceived;

    @Column(name = "oldest_unpaid_date")
    public LocalDate oldestUnpaidDate;

    @Column(name = "days_past_due", nullable = false)
    public int daysPastDue;

    @Column(nullable = false)
    public String bucket;

    @Column(name = "cease_communication", nullable = false)
    public boolean ceaseCommunication;

    @Column(nullable = false)
    public boolean deceased;

    @Column(nullable = false)
    public boolean bankruptcy;

    @Column(name = "paused_until")
    public LocalDate pausedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_type")
    public PauseType pauseType;

    /** What the creditor gave up (write-offs); the balance is what is owed less payments and this. */
    @Column(name = "written_off", nullable = false, precision = 19, scale = 4)
    public BigDecimal writtenOff = BigDecimal.ZERO;

    /** The case's current (or last, until the daily job clears it) Breathing Space; history is in its entries. */
    @Column(name = "breathing_space_id")
    public UUID breathingSpaceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "breathing_space_type")
    public BreathingSpace.Type breathingSpaceType;

    @Column(name = "breathing_space_started_on")
    public LocalDate breathingSpaceStartedOn;

    @Column(name = "breathing_space_ends_on")
    public LocalDate breathingSpaceEndsOn;

    @Column(name = "assigned_collector")
    public String assignedCollector;

    /** The agency the case is currently placed with, if any (denormalised from the active placement). */
    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A legal hold is in force: the case's personal data stays past retention (see LegalHold). */
    @Column(name = "on_legal_hold", nullable = false)
    public boolean onLegalHold;

    /** When the case's personal data was erased after retention; null while kept. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public int version;

    public BigDecimal balance() {
        return Money.scaled("balance", totalDebt.subtract(paymentsReceived).subtract(writtenOff), currency);
    }

    /** Writes off what is still owed; returns the amount written off (zero when nothing is owed). */
    public BigDecimal writeOffBalance() {
        BigDecimal owed = balance();
        if (owed.signum() <= 0) {
            return Money.scaled("balance", BigDecimal.ZERO, currency);
        }
        writtenOff = writtenOff.add(owed);
        return owed;
    }

    /** The current Breathing Space, in force or not; null when the case has none. */
    public BreathingSpace breathingSpace() {
        return breathingSpaceType == null ? null
                : new BreathingSpace(breathingSpaceType, breathingSpaceStartedOn, breathingSpaceEndsOn);
    }

    /** The Breathing Space in force on {@code today}, or null. */
    public BreathingSpace breathingSpaceInForce(LocalDate today) {
        BreathingSpace current = breathingSpace();
        return current != null && current.inForce(today) ? current : null;
    }

    public void setBreathingSpace(UUID id, BreathingSpace space) {
        breathingSpaceId = space == null ? null : id;
        breathingSpaceType = space == null ? null : space.type();
        breathingSpaceStartedOn = space == null ? null : space.startedOn();
        breathingSpaceEndsOn = space == null ? null : space.endsOn();
    }

    /** Moves the case, enforcing the lifecycle. */
    public void moveTo(CaseStatus target, CloseReason reason, LocalDate pauseEnd, PauseType pause, Instant now) {
        if (!status.canMoveTo(target)) {
            throw IllegalTransitionException.of(status, target);
        }
        if (target == CaseStatus.CLOSED && reason == null) {
            throw new RuleViolation("closeReason", "is required to close a case");
        }
        if (target != CaseStatus.CLOSED && reason != null) {
            throw new RuleViolation("closeReason", "is only allowed when closing a case");
        }
        if (target == CaseStatus.PAUSED && pauseEnd == null) {
            throw new RuleViolation("pausedUntil", "is required to pause a case");
        }
        if (target != CaseStatus.PAUSED && pauseEnd != null) {
            throw new RuleViolation("pausedUntil", "is only allowed when pausing a case");
        }
        if (target == CaseStatus.PAUSED && pause == null) {
            throw new RuleViolation("pauseType", "is required to pause a case; one of "
                    + java.util.Arrays.toString(PauseType.values()));
        }
        if (target != CaseStatus.PAUSED && pause != null) {
            throw new RuleViolation("pauseType", "is only allowed when pausing a case");
        }
        status = target;
        closeReason = reason;
        pausedUntil = pauseEnd;
        pauseType = pause;
        updatedAt = now;
    }

    /**
     * Reopens a case that was closed because it was paid (PAID_IN_FULL or SETTLED) when a payment is reversed: it
     * is ACTIVE again with its balance, so it is collected. The only way out of CLOSED; no user transition leads there.
     */
    public void reopenAfterReversal(Instant now) {
        if (!closedByPayment() || balance().signum() <= 0) {
            throw new IllegalStateException("only a case closed by payment that owes again is reopened");
        }
        status = CaseStatus.ACTIVE;
        closeReason = null;
        updatedAt = now;
    }

    /** Whether the case was closed because it was paid: in full, or as settled. */
    public boolean closedByPayment() {
        return status == CaseStatus.CLOSED
                && (closeReason == CloseReason.PAID_IN_FULL || closeReason == CloseReason.SETTLED);
    }

    /** What stops contact and enforcement on {@code today}. */
    public Set<Restriction> restrictions(LocalDate today) {
        Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
        if (ceaseCommunication) {
            restrictions.add(Restriction.CEASE_COMMUNICATION);
        }
        if (status == CaseStatus.DISPUTED) {
            restrictions.add(Restriction.DISPUTED);
        }
        if (status == CaseStatus.PAUSED) {
            restrictions.add(Restriction.PAUSED);
        }
        if (status == CaseStatus.CLOSED) {
            restrictions.add(Restriction.CLOSED);
        }
        if (deceased) {
            restrictions.add(Restriction.DECEASED);
        }
        if (bankruptcy) {
            restrictions.add(Restriction.BANKRUPTCY);
        }
        if (breathingSpaceInForce(today) != null) {
            restrictions.add(Restriction.BREATHING_SPACE);
        }
        return restrictions;
    }

    public void updateDelinquency(BucketPolicy policy, LocalDate today) {
        daysPastDue = BucketPolicy.daysPastDue(oldestUnpaidDate, today);
        bucket = policy.bucketFor(daysPastDue);
    }
}
