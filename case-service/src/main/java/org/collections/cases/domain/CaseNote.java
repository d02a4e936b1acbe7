package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String author;

    /** Null once the case's personal data was erased after retention. */
    public String body;

    /** The placement an agency wrote the note under; null for lender staff's (internal) notes. */
    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
