package org.collections.gateway.webhooks.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The gateway's replica of one placement: the agency held the case from {@code placedAt} until {@code recalledAt}. */
@Entity
@Table(name = "case_placement")
public class CasePlacement extends PanacheEntityBase {

    @Id
    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "recalled_at")
    public Instant recalledAt;

    @Column(name = "case_version", nullable = false)
    public long caseVersion;
}
