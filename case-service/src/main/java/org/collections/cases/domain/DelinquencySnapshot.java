package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a case's delinquency history, written when its bucket changes. Never updated or deleted. */
@Entity
@Table(name = "delinquency_history")
public class DelinquencySnapshot extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Column(name = "days_past_due", nullable = false)
    public int daysPastDue;

    @Column(nullable = false)
    public String bucket;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
