package org.collections.plans.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Local replica of which agency a case is placed with, fed by CasePlaced / CaseRecalled events. */
@Entity
@Table(name = "case_placement")
public class CasePlacement extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "agency_id")
    public String agencyId;

    /** The case version of the last applied event: older events are ignored. */
    @Column(name = "case_version", nullable = false)
    public long caseVersion;
}
