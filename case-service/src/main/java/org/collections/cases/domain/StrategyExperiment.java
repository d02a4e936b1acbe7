package org.collections.cases.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The strategies a creditor has in force from startedAt until endedAt: a champion and perhaps a challenger. */
@Entity
@Table(name = "strategy_experiment")
public class StrategyExperiment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "creditor_id", nullable = false)
    public String creditorId;

    @Column(name = "champion_id", nullable = false)
    public UUID championId;

    @Column(name = "challenger_id")
    public UUID challengerId;

    @Column(name = "challenger_percent", nullable = false)
    public int challengerPercent;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "ended_at")
    public Instant endedAt;
}
