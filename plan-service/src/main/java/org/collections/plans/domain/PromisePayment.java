package org.collections.plans.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "promise_payment")
public class PromisePayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "promise_id", nullable = false)
    public UUID promiseId;

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

    @Column(name = "posted_by", nullable = false)
    public String postedBy;
}
