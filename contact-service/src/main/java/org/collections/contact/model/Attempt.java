package org.collections.contact.model;

import org.collections.contact.compliance.AttemptPurpose;
import org.collections.contact.compliance.AttemptRecord;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Direction;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.compliance.PersonRole;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of the append-only attempt ledger. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonRole person;

    @Column(name = "contact_point_id")
    public UUID contactPointId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(nullable = false)
    public String collector;

    @Column(name = "agency_id")
    public String agencyId;

    @Enumerated(EnumType.STRING)
    public AttemptPurpose purpose;

    /** The dispatch slot whose lease it was made under, if any. */
    @Column(name = "lease_id")
    public UUID leaseId;

    /** The ALLOW decision it was made under, if any. */
    @Column(name = "decision_id")
    public UUID decisionId;

    /** False when made without a valid lease or fresh ALLOW decision; the rules broken are in its breach. */
    @Column(nullable = false)
    public boolean compliant = true;

    public AttemptRecord record() {
        return new AttemptRecord(caseId, debtorId, channel, direction, person,
                contactPointId == null ? null : contactPointId.toString(), at, outcome, agencyId, purpose);
    }
}
