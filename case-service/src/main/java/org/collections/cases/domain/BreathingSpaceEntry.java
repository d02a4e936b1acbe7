package org.collections.cases.domain;

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
import java.time.LocalDate;
import java.util.UUID;

/** One step in the life of a Breathing Space: started, crisis ended, ended or expired. Never changed once written. */
@Entity
@Table(name = "breathing_space_entry")
public class BreathingSpaceEntry extends PanacheEntityBase {

    public enum Action {
        STARTED, CRISIS_ENDED, ENDED, EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "breathing_space_id", nullable = false)
    public UUID breathingSpaceId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BreathingSpace.Type type;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    public static BreathingSpaceEntry of(UUID breathingSpaceId, UUID caseId, Action action, BreathingSpace space,
            LocalDate endedOn, Instant at, String actor, String reason) {
        BreathingSpaceEntry e = new BreathingSpaceEntry();
        e.breathingSpaceId = breathingSpaceId;
        e.caseId = caseId;
        e.action = action;
        e.type = space.type();
        e.startedOn = space.startedOn();
        e.endsOn = space.endsOn();
        e.endedOn = endedOn;
        e.at = at;
        e.actor = actor;
        e.reason = reason;
        return e;
    }
}
