package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A case placed with a partner agency, until recalled. A case has at most one active placement. */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "recalled_at")
    public Instant recalledAt;

    @Column(name = "recalled_by")
    public String recalledBy;

    @Column(name = "recall_reason")
    public String recallReason;

    public boolean isActive() {
        return recalledAt == null;
    }
}
