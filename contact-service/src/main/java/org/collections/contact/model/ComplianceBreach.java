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

/** A non-compliant attempt and the rules it broke. Append-only. */
@Entity
@Table(name = "compliance_breach")
public class ComplianceBreach extends PanacheEntityBase {

    @Id
    @Column(name = "attempt_id")
    public Long attemptId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "debtor_id", nullable = false)
    public UUID debtorId;

    @Column(name = "agency_id")
    public String agencyId;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public Instant at;

    /** Comma-separated rule ids. */
    @Column(name = "rule_ids", nullable = false)
    public String ruleIds;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
