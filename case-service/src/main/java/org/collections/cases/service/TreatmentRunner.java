package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.collections.cases.domain.CaseTreatment;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.TreatmentStep;
import org.collections.cases.treatment.CaseFacts;
import org.collections.cases.treatment.PathStep;
import org.collections.cases.treatment.StepAction;
import org.collections.cases.treatment.TreatmentMove;
import org.collections.cases.treatment.TreatmentPlanner;
import org.collections.cases.treatment.TreatmentStatus;
import org.collections.commons.outbox.Outbox;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.pii.TransitCipher;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.rules.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves cases along their creditors' treatment paths, a page of cases per transaction (keyset by case id; the rows
 * are locked with SKIP LOCKED, so several replicas share the work and a crash loses at most the page in flight). A
 * MESSAGE or CALL step is handed to contact-service as a {@code ContactStepRequested}, which judges it under the
 * case's rule pack; a PLACE step places the case here.
 */
@ApplicationScoped
public class TreatmentRunner {

    public static final String ACTOR = "system:treatment";
    static final String STEP_REQUESTED = "ContactStepRequested";

    /** What one run did. */
    public record Totals(int cases, int entered, int left, int steps, int completed) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        Totals plus(Totals o) {
            return new Totals(cases + o.cases, entered + o.entered, left + o.left, steps + o.steps,
                    completed + o.completed);
        }
    }

    @Inject
    StrategyService strategies;

    @Inject
    PlacementService placements;

    @Inject
    Outbox outbox;

    @Inject
    FieldCipher cipher;

    @Inject
    TransitCipher transit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "treatment.batch-size", defaultValue = "500")
    int batchSize;

    /** How long contact-service may look for a permitted time for a step before it counts as blocked. */
    @ConfigProperty(name = "treatment.step-window", defaultValue = "P3D")
    Duration stepWindow;

    /** Runs every creditor's experiment in force over all of its cases. */
    public Uni<Totals> runAll() {
        return Panache.withSession(() -> strategies.allInForce())
                .chain(inForce -> inForce.isEmpty() ? Uni.createFrom().item(Totals.NONE)
                        : pagesFrom(inForce, new UUID(0, 0), Totals.NONE));
    }

    private Uni<Totals> pagesFrom(Map<String, StrategyService.InForce> inForce, UUID after, Totals sum) {
        return Panache.withTransaction(() -> page(inForce, after)).chain(page -> page.last() == null
                ? Uni.createFrom().item(sum) : pagesFrom(inForce, page.last(), sum.plus(page.totals())));
    }

    private record Page(UUID last, Totals totals) {
    }

    /** What a page shares: its cases' debtors (read once) and the contact steps to publish at its end. */
    private record Batch(Map<UUID, Debtor> debtors, List<Outbox.Pending> requests) {
    }

    private Uni<Page> page(Map<String, StrategyService.InForce> inForce, UUID after) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select c.id from collection_case c"
                        + " where c.creditor_id in (:creditors) and c.id > :after and (c.status in ('NEW', 'ACTIVE')"
                        + "   or exists (select 1 from case_treatment t where t.case_id = c.id and t.status = 'ACTIVE'))"
                        + " order by c.id limit :limit for update of c skip locked", UUID.class)
                .setParameter("creditors", List.copyOf(inForce.keySet())).setParameter("after", after)
                .setParameter("limit", batchSize).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(new Page(null, Totals.NONE))
                        : treat(inForce, ids).map(t -> new Page(ids.get(ids.size() - 1), t)));
    }

    private Uni<Totals> treat(Map<String, StrategyService.InForce> inForce, List<UUID> ids) {
        Instant now = clock.instant();
        return CollectionCase.<CollectionCase>list("id in ?1 order by id", ids).chain(cases -> scores(ids)
                .chain(scores -> debtors(cases)
                        .chain(debtors -> latestTreatments(ids)
                                .chain(latest -> treatAll(inForce, cases, scores, latest,
                                        new Batch(debtors, new ArrayList<>()), now)))));
    }

    private Uni<Totals> treatAll(Map<String, StrategyService.InForce> inForce, List<CollectionCase> cases,
            Map<UUID, Integer> scores, Map<UUID, CaseTreatment> latest, Batch batch, Instant now) {
        Uni<Totals> chain = Uni.createFrom().item(Totals.NONE);
        for (CollectionCase c : cases) {
            StrategyService.InForce f = inForce.get(c.creditorId);
            CaseFacts facts = new CaseFacts(c.id, c.creditorId, c.status.name(), c.bucket, c.balance(),
                    scores.get(c.id), c.agencyId != null);
            List<TreatmentMove> moves = TreatmentPlanner.decide(facts, f.experiment(), f.strategies(),
                    Optional.ofNullable(latest.get(c.id)).map(CaseTreatment::state), now);
            chain = chain.chain(sum -> applyAll(c, moves, latest.get(c.id), f, batch, now).map(sum::plus));
        }
        return chain.call(() -> batch.requests().isEmpty() ? Uni.createFrom().voidItem()
                        : outbox.publishAll(STEP_REQUESTED, batch.requests()).replaceWithVoid())
                .map(t -> new Totals(cases.size(), t.entered, t.left, t.steps, t.completed));
    }

    /** Each case's latest treatment: the last entered, and of those entered together the one still running. */
    private Uni<Map<UUID, CaseTreatment>> latestTreatments(List<UUID> ids) {
        return CaseTreatment.<CaseTreatment>list("caseId in ?1 order by enteredAt desc, stoppedAt desc nulls first", ids)
                .map(treatments -> {
                    Map<UUID, CaseTreatment> latest = new HashMap<>();
                    treatments.forEach(t -> latest.putIfAbsent(t.caseId, t));
                    return latest;
                });
    }

    private Uni<Map<UUID, Debtor>> debtors(List<CollectionCase> cases) {
        return Debtor.<Debtor>list("id in ?1", cases.stream().map(c -> c.debtorId).distinct().toList())
                .map(list -> {
                    Map<UUID, Debtor> byId = new HashMap<>();
                    list.forEach(d -> byId.put(d.id, d));
                    return byId;
                });
    }

    private Uni<Map<UUID, Integer>> scores(List<UUID> ids) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select case_id, score from case_score where case_id in (:ids)", Object[].class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<UUID, Integer> scores = new HashMap<>();
                    rows.forEach(r -> scores.put((UUID) r[0], ((Number) r[1]).intValue()));
                    return scores;
                });
    }

    private Uni<Totals> applyAll(CollectionCase c, List<TreatmentMove> moves, CaseTreatment latest,
            StrategyService.InForce inForce, Batch batch, Instant now) {
        Uni<Totals> chain = Uni.createFrom().item(Totals.NONE);
        for (TreatmentMove move : moves) {
            chain = chain.chain(sum -> apply(c, move, latest, inForce, batch, now).map(sum::plus));
        }
        return chain;
    }

    private Uni<Totals> apply(CollectionCase c, TreatmentMove move, CaseTreatment latest,
            StrategyService.InForce inForce, Batch batch, Instant now) {
        if (move instanceof TreatmentMove.Leave leave) {
            latest.stop(TreatmentStatus.LEFT_SEGMENT, leave.reason(), now);
            // the stop is written before a new path's insert, or the one-active-path index would refuse it
            return Panache.flush().replaceWith(new Totals(0, 0, 1, 0, 0));
        }
        if (move instanceof TreatmentMove.Complete) {
            latest.stop(TreatmentStatus.COMPLETED, "every step of the path was carried out", now);
            return Uni.createFrom().item(new Totals(0, 0, 0, 0, 1));
        }
        if (move instanceof TreatmentMove.Run run) {
            return step(c, latest, run.index(), run.step(), batch, now).replaceWith(new Totals(0, 0, 0, 1, 0));
        }
        TreatmentMove.Enter enter = (TreatmentMove.Enter) move;
        return enter(c, enter, inForce, batch, now).map(first -> new Totals(0, 1, 0, first ? 1 : 0, 0));
    }

    /** @return whether the path's first step was due at once and taken */
    private Uni<Boolean> enter(CollectionCase c, TreatmentMove.Enter enter, StrategyService.InForce inForce,
            Batch batch, Instant now) {
        CaseTreatment t = new CaseTreatment();
        t.id = UUID.randomUUID();
        t.caseId = c.id;
        t.experimentId = inForce.experiment().id();
        t.strategyId = enter.strategy().id();
        t.strategyKey = enter.strategy().key();
        t.arm = enter.arm();
        t.segment = enter.segment().name();
        t.enteredAt = now;
        t.status = TreatmentStatus.ACTIVE;
        PathStep first = enter.segment().path().get(0);
        return t.persist().chain(() -> TreatmentPlanner.due(now, first, now)
                ? step(c, t, 0, first, batch, now).replaceWith(true) : Uni.createFrom().item(false));
    }

    private Uni<Void> step(CollectionCase c, CaseTreatment t, int index, PathStep step, Batch batch, Instant now) {
        TreatmentStep s = new TreatmentStep();
        s.id = UUID.randomUUID();
        s.treatmentId = t.id;
        s.caseId = c.id;
        s.stepIndex = index;
        s.action = step.action();
        s.requestedAt = now;
        if (step.action() == StepAction.PLACE) {
            s.channel = null;
            return placements.placeLoaded(c, step.agencyId(), "treatment path " + t.strategyKey + " / " + t.segment
                            + ", step " + (index + 1), ACTOR)
                    .map(p -> {
                        s.status = TreatmentStep.Status.PLACED;
                        s.detail = "placed with " + p.agencyId;
                        t.nextStep = index + 1;
                        return s;
                    })
                    .onFailure(e -> e instanceof ProblemException || e instanceof RuleViolation).recoverWithItem(e -> {
                        s.status = TreatmentStep.Status.FAILED;
                        s.detail = e.getMessage();
                        t.stop(TreatmentStatus.BLOCKED, "step " + (index + 1) + " (PLACE) failed: " + e.getMessage(), now);
                        return s;
                    })
                    .invoke(done -> done.completedAt = now)
                    .chain(done -> done.persist()).replaceWithVoid();
        }
        s.status = TreatmentStep.Status.REQUESTED;
        t.stepInFlight = true;
        batch.requests().add(new Outbox.Pending(c.id, request(c, batch.debtors().get(c.debtorId), s, step, now)));
        return s.persist().replaceWithVoid();
    }

    private Map<String, Object> request(CollectionCase c, Debtor debtor, TreatmentStep s, PathStep step, Instant now) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("AMOUNT_DUE", c.balance().toPlainString());
        variables.put("CURRENCY", c.currency);
        if (c.oldestUnpaidDate != null) {
            variables.put("DUE_DATE", c.oldestUnpaidDate.toString());
        }
        variables.put("CASE_REFERENCE", c.externalRef);
        variables.put("CREDITOR_ID", c.creditorId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("requestId", s.id);
        payload.put("caseId", c.id);
        payload.put("purpose", "TREATMENT");
        payload.put("channels", new ArrayList<>(step.contactChannels()));
        payload.put("templateCode", step.template());
        payload.put("language", debtor == null ? null : debtor.preferredLanguage);
        payload.put("variables", variables);
        payload.put("debtorName", debtor == null || debtor.fullNameCipher == null ? null
                : transit.encrypt(cipher.decrypt(debtor.fullNameCipher)));
        payload.put("notAfter", now.plus(stepWindow));
        return payload;
    }
}
