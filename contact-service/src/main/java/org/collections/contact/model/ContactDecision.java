package org.collections.contact.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.PersonRole;

/** A contact decision as it was given; an attempt may refer to a fresh ALLOW by its id. Append-only. */
@Entity
@Table(name = "contact_decision")
public class ContactDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonRole person;

    @Column(name = "contact_point_id")
    public UUID contactPointId;

    @Column(nullable = false)
    public boolean allowed;

    /** Comma-separated ids of the rules that blocked it. */
    @Column(name = "rule_ids", nullable = false)
    public String ruleIds;

    @Column(name = "rule_pack", nullable = false)
    public String rulePack;

    /** The moment the question was about. */
    @Column(nullable = false)
    public Instant at;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** Until when an attempt may refer to it; null when it is a BLOCK or about another moment than its own. */
    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "agency_id")
    public String agencyId;
}
