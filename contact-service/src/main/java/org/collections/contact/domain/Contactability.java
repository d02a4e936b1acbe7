package org.collections.contact.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
        if (restrictions == null || restrictions.isBlank()) {
            return EnumSet.noneOf(Restriction.class);
        }
        return Arrays.stream(restrictions.split(",")).map(String::strip).map(Restriction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Restriction.class)));
    }

    public void restrictions(Set<Restriction> set) {
        restrictions = set.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
