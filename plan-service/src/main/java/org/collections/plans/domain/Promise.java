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
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A debtor's promise to pay an amount by a date, held to the same tolerance and grace as plan installments. */
@Entity
@Table(name = "promise")
public class Promise extends PanacheEntityBase {

    @Schema(name = "PromiseStatus", description = "Where a promise stands. PENDING: not yet due or within the grace "
            + "days; KEPT: paid within the tolerance; BROKEN: not paid by the due date plus grace.")
    public enum Status {
        PENDING, KEPT, BROKEN
    }

    @Schema(name = "PromiseChannel", description = "How the promise was taken: CALL, SMS, EMAIL, LETTER, VISIT (in "
            + "person) or PORTAL (the debtor's self-service portal)")
    public enum Channel {
        CALL, SMS, EMAIL, LETTER, VISIT, PORTAL
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String collector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal paid;

    @Column(name = "tolerance_percent", nullable = false, precision = 7, scale = 4)
    public BigDecimal tolerancePercent;

    @Column(name = "grace_days", nullable = false)
    public int graceDays;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    public int version;

    /** What the promise has come to on {@code today}: kept once paid within tolerance, broken after grace. */
    public Status standing(LocalDate today) {
        PlanRules rules = new PlanRules(tolerancePercent, graceDays, Integer.MAX_VALUE, 1);
        if (InstallmentLedger.kept(new InstallmentLedger.Line(0, dueDate, amount, paid), rules)) {
            return Status.KEPT;
        }
        return ChronoUnit.DAYS.between(dueDate, today) > graceDays ? Status.BROKEN : Status.PENDING;
    }
}
