package org.collections.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.collections.cases.domain.BucketPolicy;
import org.collections.cases.domain.StrategyExperiment;
import org.collections.cases.domain.StrategyRecord;
import org.collections.cases.treatment.Experiment;
import org.collections.cases.treatment.PathStep;
import org.collections.cases.treatment.Segment;
import org.collections.cases.treatment.StepAction;
import org.collections.cases.treatment.Strategy;
import org.collections.cases.treatment.StrategyRules;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;

/**
 * Creditors' treatment strategies (stored as new versions, never changed) and the experiment that puts a champion,
 * and perhaps a challenger on a share of the cases, in force for a creditor.
 */
@ApplicationScoped
public class StrategyService {

    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() {
    };

    /** A strategy and the experiment's strategies, ready for the treatment job. */
    public record InForce(Experiment experiment, Map<UUID, Strategy> strategies) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    BucketPolicy buckets;

    @Inject
    AgencyService agencies;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Strategy> create(String creditorId, String name, List<Segment> segments, String actor) {
        StrategyRules.check(segments, bucketLabels());
        Set<String> agencyIds = new HashSet<>();
        segments.forEach(s -> s.path().stream().filter(p -> p.action() == StepAction.PLACE)
                .map(PathStep::agencyId).forEach(agencyIds::add));
        return Multi.createFrom().iterable(agencyIds).onItem().transformToUniAndConcatenate(agencies::placeable)
                .collect().asList()
                .chain(() -> StrategyRecord.<StrategyRecord>find("creditorId = ?1 and name = ?2 order by version desc",
                        creditorId, name).<StrategyRecord>firstResult())
                .chain(latest -> {
                    StrategyRecord r = new StrategyRecord();
                    r.id = UUID.randomUUID();
                    r.creditorId = creditorId;
                    r.name = name;
                    r.version = latest == null ? 1 : latest.version + 1;
                    r.segments = json(segments);
                    r.createdAt = clock.instant();
                    r.createdBy = actor;
                    return r.<StrategyRecord>persist()
                            .call(() -> audit.record(actor, "STRATEGY_CREATED", "treatment_strategy", r.id, null, null,
                                    Map.of("creditorId", creditorId, "name", name, "version", r.version)))
                            .map(this::strategy);
                });
    }

    @WithSession
    public Uni<Strategy> get(UUID id) {
        return StrategyRecord.<StrategyRecord>findById(id).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("Treatment strategy", id);
            }
            return strategy(r);
        });
    }

    /** A creditor's strategies, newest first. */
    @WithSession
    public Uni<List<Strategy>> ofCreditor(String creditorId) {
        return StrategyRecord.<StrategyRecord>list("creditorId = ?1 order by createdAt desc, version desc", creditorId)
                .map(list -> list.stream().map(this::strategy).toList());
    }

    /** Puts a champion (and a challenger on challengerPercent of the cases) in force, ending the experiment before. */
    @WithTransaction
    public Uni<Experiment> startExperiment(String creditorId, UUID championId, UUID challengerId, int challengerPercent,
            String actor) {
        if (challengerId == null ? challengerPercent != 0 : challengerPercent < 1 || challengerPercent > 50) {
            throw new RuleViolation("challengerPercent", challengerId == null
                    ? "must be 0 without a challenger" : "must be from 1 to 50 with a challenger");
        }
        if (Objects.equals(championId, challengerId)) {
            throw new RuleViolation("challengerId", "must differ from the champion");
        }
        Instant now = clock.instant();
        return ownStrategy(creditorId, championId, "championId")
                .call(() -> challengerId == null ? Uni.createFrom().voidItem()
                        : ownStrategy(creditorId, challengerId, "challengerId").replaceWithVoid())
                .chain(() -> inForce(creditorId))
                .chain(before -> {
                    if (before != null) {
                        before.endedAt = now;
                    }
                    StrategyExperiment e = new StrategyExperiment();
                    e.id = UUID.randomUUID();
                    e.creditorId = creditorId;
                    e.championId = championId;
                    e.challengerId = challengerId;
                    e.challengerPercent = challengerPercent;
                    e.startedAt = now;
                    e.startedBy = actor;
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("championId", championId);
                    after.put("challengerId", challengerId);
                    after.put("challengerPercent", challengerPercent);
                    return Panache.flush().chain(() -> e.<StrategyExperiment>persist())
                            .call(() -> audit.record(actor, "EXPERIMENT_STARTED", "creditor", creditorId, null,
                                    before == null ? null : Map.of("experimentId", before.id), after))
                            .map(StrategyService::experiment);
                });
    }

    /** The creditor's experiment in force; 404 when it has none. */
    @WithSession
    public Uni<Experiment> experimentOf(String creditorId) {
        return inForce(creditorId).map(e -> {
            if (e == null) {
                throw ProblemException.notFound("Strategy experiment of creditor", creditorId);
            }
            return experiment(e);
        });
    }

    /** Every creditor's experiment in force with its strategies, by creditor. */
    public Uni<Map<String, InForce>> allInForce() {
        return StrategyExperiment.<StrategyExperiment>list("endedAt is null").chain(experiments -> {
            Set<UUID> ids = new HashSet<>();
            experiments.forEach(e -> {
                ids.add(e.championId);
                if (e.challengerId != null) {
                    ids.add(e.challengerId);
                }
            });
            return StrategyRecord.<StrategyRecord>list("id in ?1", ids).map(records -> {
                Map<UUID, Strategy> strategies = new LinkedHashMap<>();
                records.forEach(r -> strategies.put(r.id, strategy(r)));
                Map<String, InForce> byCreditor = new LinkedHashMap<>();
                experiments.forEach(e -> {
                    Map<UUID, Strategy> own = new LinkedHashMap<>();
                    own.put(e.championId, strategies.get(e.championId));
                    if (e.challengerId != null) {
                        own.put(e.challengerId, strategies.get(e.challengerId));
                    }
                    byCreditor.put(e.creditorId, new InForce(experiment(e), own));
                });
                return byCreditor;
            });
        });
    }

    private Uni<StrategyExperiment> inForce(String creditorId) {
        return StrategyExperiment.find("creditorId = ?1 and endedAt is null", creditorId).firstResult();
    }

    private Uni<StrategyRecord> ownStrategy(String creditorId, UUID id, String field) {
        return StrategyRecord.<StrategyRecord>findById(id).map(r -> {
            if (r == null || !r.creditorId.equals(creditorId)) {
                throw new RuleViolation(field, "names no treatment strategy of creditor " + creditorId);
            }
            return r;
        });
    }

    private Set<String> bucketLabels() {
        Set<String> labels = new HashSet<>();
        labels.add(BucketPolicy.CURRENT);
        buckets.buckets().forEach(b -> labels.add(b.label()));
        return labels;
    }

    Strategy strategy(StrategyRecord r) {
        try {
            return new Strategy(r.id, r.creditorId, r.name, r.version, mapper.readValue(r.segments, SEGMENTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored strategy " + r.id + " is not readable", e);
        }
    }

    private String json(List<Segment> segments) {
        try {
            return mapper.writeValueAsString(segments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A strategy's segments could not be written", e);
        }
    }

    static Experiment experiment(StrategyExperiment e) {
        return new Experiment(e.id, e.creditorId, e.championId, e.challengerId, e.challengerPercent);
    }
}
