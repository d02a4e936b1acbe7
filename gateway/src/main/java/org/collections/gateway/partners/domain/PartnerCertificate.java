package org.collections.gateway.partners.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client certificate an admin registered for a partner agency, pinned by its SHA-256 fingerprint. */
@Entity
@Table(name = "partner_certificate")
public class PartnerCertificate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(name = "fingerprint_sha256", nullable = false)
    public String fingerprintSha256;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "serial_number", nullable = false)
    public String serialNumber;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "not_after", nullable = false)
    public Instant notAfter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
