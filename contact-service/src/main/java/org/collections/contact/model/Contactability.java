package org.collections.contact.model;

import org.collections.contact.compliance.Restriction;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** contact-service's replica of a case: who, where, and what currently forbids contact. */
@Entity
@Table(name = "contactability")
public class Contactability extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Column(name = "creditor_id")
    public String creditorId;

    @Column(nullable = false)
    public String status;

    public String jurisdiction;

    @Column(name = "time_zone")
    public String timeZone;

    /** Comma-separated {@link Restriction} names. */
    @Column(nullable = false)
    public String restrictions;

    @Column(name = "agency_id")
    public String agencyId;

    /** The case version of the last applied event: older events are ignored. */
    @Column(name = "case_version", nullable = false)
    public long caseVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Set<Restriction> restrictionSet() {
        return CommaSeparated.enums(restrictions, Restriction.class);
    }

    public void restrictions(Set<Restriction> set) {
        restrictions = CommaSeparated.sorted(set);
    }
}
