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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money received towards a plan. A reversal (chargeback) takes back exactly what it was allocated. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Schema(name = "PaymentStatus", description = "POSTED: counted towards the plan; REVERSED: taken back "
            + "(chargeback), its allocations undone")
    public enum Status {
        POSTED, REVERSED
    }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "payer_reference", nullable = false)
    public String payerReference;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The part that exceeded the plan total. */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal credit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "posted_by", nullable = false)
    public String postedBy;

    @Column(name = "reversed_at")
    public Instant reversedAt;

    @Column(name = "reversal_reason")
    public String reversalReason;
}
