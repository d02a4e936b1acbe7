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
import org.collections.cases.treatment.Arm;
import org.collections.cases.treatment.Treatment;
import org.collections.cases.treatment.TreatmentStatus;

/** A case's time on one segment's path; kept when it stops, so the history of a case's treatment is never lost. */
@Entity
@Table(name = "case_treatment")
public class CaseTreatment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "experiment_id", nullable = false)
    public UUID experimentId;

    @Column(name = "strategy_id", nullable = false)
    public UUID strategyId;

    @Column(name = "strategy_key", nullable = false)
    public String strategyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Arm arm;

    @Column(nullable = false)
    public String segment;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Column(name = "next_step", nullable = false)
    public int nextStep;

    @Column(name = "step_in_flight", nullable = false)
    public boolean stepInFlight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TreatmentStatus status;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    @Column(name = "stop_reason")
    public String stopReason;

    public Treatment state() {
        return new Treatment(id, strategyId, segment, enteredAt, nextStep, stepInFlight, status);
    }

    public void stop(TreatmentStatus to, String reason, Instant at) {
        status = to;
        stopReason = reason;
        stoppedAt = at;
        stepInFlight = false;
    }
}
