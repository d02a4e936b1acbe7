package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A debtor's dispute of a case; while open the case is DISPUTED and collection pauses. */
@Entity
@Table(name = "dispute")
public class Dispute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    public boolean isOpen() {
        return resolvedAt == null;
    }

    @Schema(description = "How a dispute was resolved. UPHELD: the debtor was right, the amount or the debt was "
            + "corrected; REJECTED: the debt was verified as owed.")
    public enum Outcome {
        /** The debtor was right: the amount or the debt was corrected. */
        UPHELD,
        /** The debt was verified as owed. */
        REJECTED
    }
}
