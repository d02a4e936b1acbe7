package org.collections.plans.domain;

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
import java.util.UUID;

/** A repayment plan for a case, with the terms its schedule was computed from and the rules it is held to. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "creditor_id")
    public String creditorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(nullable = false, length = 3)
    public String currency;

    /** The case's outstanding balance when the plan was proposed. */
    @Column(name = "case_balance", nullable = false, precision = 19, scale = 4)
    public BigDecimal caseBalance;

    /** The amount the plan repays before interest (for a settlement, the settlement amount). */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    /** What the schedule adds up to, interest included. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal total;

    @Column(name = "discount_percent", nullable = false, precision = 7, scale = 2)
    public BigDecimal discountPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Column(name = "annual_interest_rate", nullable = false, precision = 7, scale = 4)
    public BigDecimal annualInterestRate;

    @Column(name = "offer_expires_on")
    public LocalDate offerExpiresOn;

    @Column(name = "monthly_income", precision = 19, scale = 4)
    public BigDecimal monthlyIncome;

    @Column(name = "monthly_expenses", precision = 19, scale = 4)
    public BigDecimal monthlyExpenses;

    @Column(name = "affordability_override")
    public String affordabilityOverride;

    @Column(name = "tolerance_percent", nullable = false, precision = 7, scale = 4)
    public BigDecimal tolerancePercent;

    @Column(name = "grace_days", nullable = false)
    public int graceDays;

    @Column(name = "broken_after_days", nullable = false)
    public int brokenAfterDays;

    @Column(name = "broken_after_missed", nullable = false)
    public int brokenAfterMissed;

    /** Paid beyond the plan total: reported as a credit. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal credit;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public PlanRules rules() {
        return new PlanRules(tolerancePercent, graceDays, brokenAfterDays, brokenAfterMissed);
    }

    public void moveTo(PlanStatus target, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("A plan in status " + status + " cannot move to " + target
                    + (status.next().isEmpty() ? " (" + status + " is final)" : "; allowed: " + status.next()));
        }
        status = target;
        statusReason = reason;
        updatedAt = now;
    }
}
