package org.collections.cases.domain;

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

/** A change to what a case owes other than a payment, e.g. a write-off. Never changed once written. */
@Entity
@Table(name = "case_adjustment")
public class CaseAdjustment extends PanacheEntityBase {

    public enum Kind {
        WRITE_OFF
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public static CaseAdjustment writeOff(UUID caseId, BigDecimal amount, String currency, String reason, String actor,
            Instant at) {
        CaseAdjustment a = new CaseAdjustment();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.kind = Kind.WRITE_OFF;
        a.amount = amount;
        a.currency = currency;
        a.reason = reason;
        a.actor = actor;
        a.at = at;
        return a;
    }
}
