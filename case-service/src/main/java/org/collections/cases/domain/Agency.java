package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner agency cases may be placed with, registered by an admin; only an ACTIVE one receives placements. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Schema(name = "AgencyStatus", description = "An agency's status. ACTIVE: receives placements; SUSPENDED: receives no new placements, "
            + "keeps the cases placed with it until they are recalled.")
    public enum Status {
        ACTIVE, SUSPENDED
    }

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
