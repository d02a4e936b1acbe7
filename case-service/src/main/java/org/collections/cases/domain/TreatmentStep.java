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
import org.collections.cases.treatment.StepAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a path carried out for a case; its id is the requestId contact-service answers to. */
@Entity
@Table(name = "treatment_step")
public class TreatmentStep extends PanacheEntityBase {

    @Schema(description = "REQUESTED: with contact-service, waiting for its answer; SENT: a message was sent; "
            + "CALL_BOOKED: a call was booked at a permitted time; BLOCKED: the rules allowed no contact; UNREACHABLE: "
            + "the debtor has no usable contact point for the step's channels; PLACED: the case was placed with the "
            + "step's agency; FAILED: the placement could not be made (see detail).")
    public enum Status {
        REQUESTED, SENT, CALL_BOOKED, BLOCKED, UNREACHABLE, PLACED, FAILED;

        /** Whether the path goes on after a step that ended so. */
        public boolean carriedOut() {
            return this == SENT || this == CALL_BOOKED || this == PLACED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "treatment_id", nullable = false)
    public UUID treatmentId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "step_index", nullable = false)
    public int stepIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String channel;

    public String detail;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
