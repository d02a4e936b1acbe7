package org.collections.gateway.partners.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth2 client (client credentials grant) of a partner agency; only a hash of its secret is kept. */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends PanacheEntityBase {

    @Schema(name = "PartnerClientStatus", description = "A partner client's status. ACTIVE: gets tokens; REVOKED: gets none, and the tokens it "
            + "holds are refused.")
    public enum Status {
        ACTIVE, REVOKED
    }

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "secret_rotated_at", nullable = false)
    public Instant secretRotatedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public int version;
}
