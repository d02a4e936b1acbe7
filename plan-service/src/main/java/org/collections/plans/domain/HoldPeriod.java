package org.collections.plans.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An enforcement hold that has ended, recorded once (the table is append-only). */
@Entity
@Table(name = "enforcement_hold")
public class HoldPeriod extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The holding restrictions in force at some point of the hold, comma-separated. */
    @Column(nullable = false)
    public String restrictions;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    /** How many days later the due dates within the hold moved. */
    @Column(nullable = false)
    public int days;

    /** The service whose event ended the hold. */
    @Column(name = "ended_by", nullable = false)
    public String endedBy;

    @Column
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public EnforcementHold hold() {
        return new EnforcementHold(startedAt, endedAt);
    }
}
