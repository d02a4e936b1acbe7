package org.collections.plans.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reminder before an installment or a promise falls due, asked of contact-service once. */
@Entity
@Table(name = "payment_reminder")
public class PaymentReminder extends PanacheEntityBase {

    @Schema(name = "PaymentReminderKind", description = "What the reminder is about. INSTALLMENT: an installment of "
            + "an ACTIVE plan; PROMISE: a PENDING promise to pay.")
    public enum Kind {
        INSTALLMENT, PROMISE
    }

    @Schema(name = "PaymentReminderStatus", description = "Where a reminder stands. REQUESTED: asked of "
            + "contact-service, no answer yet (it may be waiting for a permitted time); SENT: a message went out; "
            + "CALL_BOOKED: a call was scheduled; BLOCKED: the contact rules permitted no channel before the due date "
            + "(detail names the rules); UNREACHABLE: the debtor has no usable contact point for the channels.")
    public enum Status {
        REQUESTED, SENT, CALL_BOOKED, BLOCKED, UNREACHABLE
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The installment's or the promise's id. */
    @Column(name = "reference_id", nullable = false)
    public UUID referenceId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** What was still due on it when the reminder was asked for. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
