package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored version of a creditor's treatment strategy; its segments are JSON, never changed once stored. */
@Entity
@Table(name = "treatment_strategy")
public class StrategyRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "creditor_id", nullable = false)
    public String creditorId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String segments;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
