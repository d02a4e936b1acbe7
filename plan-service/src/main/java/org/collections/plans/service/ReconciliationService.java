package org.collections.plans.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.collections.commons.jobs.BatchRuns;
import org.collections.commons.jobs.BatchRuns.Batch;
import org.collections.plans.client.CaseLedgerPage;
import org.collections.plans.client.CaseLedgerPage.CaseLedger;
import org.collections.plans.client.CaseLedgers;
import org.collections.plans.domain.Reconciliation;
import org.collections.plans.domain.Reconciliation.PlanEvent;
import org.collections.plans.domain.Reconciliation.State;
import org.collections.plans.domain.Reconciliation.Verdict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reconciles every case's money across services in batches ({@link BatchRuns}, job {@value #JOB}, the run's id as
 * period): each batch reads the next page of case-service's case ledgers, plan-service's ledger for the same range of
 * case ids (so a case only one side knows is compared too) and, for the cases that differ, the payment events and
 * their deliveries to case-service. Drifting and in-flight cases are stored with the run.
 */
@ApplicationScoped
public class ReconciliationService {

    public static final String JOB = "reconciliation";
    static final String SUBSCRIBER = "case";

    @Inject
    BatchRuns batchRuns;

    @Inject
    CaseLedgers ledgers;

    @Inject
    ReconciliationGauge gauge;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "reconciliation.batch-size")
    int batchSize;

    /** Records a new run and works it to its end (other replicas may work some of its batches); answers the run's id. */
    public Uni<UUID> start(String trigger, String requestedBy) {
        UUID id = UUID.randomUUID();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into reconciliation_run (id, trigger, requested_by, status, started_at)
                values (:id, :trigger, :by, 'RUNNING', :now)
                """).setParameter("id", id).setParameter("trigger", trigger).setParameter("by", requestedBy)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate())
                .chain(() -> batchRuns.open(JOB, id.toString())))
                .chain(() -> batchRuns.runToEnd(JOB, id.toString(), batchSize, (position, size) -> batch(id, position, size)))
                .chain(progress -> finish(id)).replaceWith(id);
    }

    /** Continues the run (a crashed replica's too) from its last batch; finishes it when done. */
    public Uni<Void> resume(String runId) {
        UUID id = UUID.fromString(runId);
        return batchRuns.run(JOB, runId, batchSize, (position, size) -> batch(id, position, size))
                .chain(progress -> progress.done() ? finish(id) : Uni.createFrom().voidItem());
    }

    /** The database's own time, not the service's clock: the gauge shows the run that finished last, in fact. */
    private Uni<Void> finish(UUID id) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                update reconciliation_run set status = 'DONE', finished_at = clock_timestamp()
                 where id = :id and status = 'RUNNING'
                """).setParameter("id", id).executeUpdate()).chain(() -> gauge.showRun(id)));
    }

    private Uni<Batch> batch(UUID run, String position, int size) {
        UUID after = BatchRuns.uuidAfter(position);
        return ledgers.after(after, size).chain(page -> {
            UUID upper = page.nextAfter() == null || page.items().isEmpty() ? null
                    : page.items().get(page.items().size() - 1).caseId();
            return planLedger(after, upper).chain(plan -> compare(run, page, plan));
        });
    }

    private record PlanFigure(String currency, BigDecimal amount) {
    }

    @SuppressWarnings("unchecked")
    private Uni<Map<UUID, PlanFigure>> planLedger(UUID after, UUID upper) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                select case_id, min(currency), sum(amount) from (
                    select case_id, currency, amount from payment where status = 'POSTED'
                    union all select case_id, currency, amount from promise_payment) money
                 where case_id > :after and (cast(:upper as text) is null or case_id <= cast(:upper as uuid))
                 group by case_id
                """).setParameter("after", after).setParameter("upper", upper == null ? null : upper.toString())
                .getResultList())
                .map(rows -> {
                    Map<UUID, PlanFigure> figures = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        figures.put((UUID) row[0], new PlanFigure((String) row[1], (BigDecimal) row[2]));
                    }
                    return figures;
                });
    }

    private Uni<Batch> compare(UUID run, CaseLedgerPage page, Map<UUID, PlanFigure> plan) {
        Map<UUID, CaseLedger> cases = new HashMap<>();
        page.items().forEach(l -> cases.put(l.caseId(), l));
        TreeMap<UUID, Boolean> all = new TreeMap<>(ReconciliationService::inDatabaseOrder);
        cases.keySet().forEach(id -> all.put(id, true));
        plan.keySet().forEach(id -> all.put(id, true));
        if (all.isEmpty()) {
            return Uni.createFrom().item(Batch.EMPTY);
        }
        List<UUID> differing = new ArrayList<>();
        for (UUID id : all.keySet()) {
            if (caseAmount(cases.get(id)).compareTo(planAmount(plan.get(id))) != 0) {
                differing.add(id);
            }
        }
        Batch done = new Batch(all.lastKey().toString(), all.size(), differing.size());
        if (differing.isEmpty()) {
            return counted(run, all.size(), 0, 0, BigDecimal.ZERO).replaceWith(done);
        }
        return planEvents(differing).chain(events -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            int drifting = 0;
            int inFlight = 0;
            BigDecimal driftAmount = BigDecimal.ZERO;
            for (UUID id : differing) {
                CaseLedger ledger = cases.get(id);
                Set<UUID> applied = new HashSet<>();
                if (ledger != null && ledger.events() != null) {
                    ledger.events().forEach(e -> applied.add(e.eventId()));
                }
                Verdict verdict = Reconciliation.compare(caseAmount(ledger), applied, planAmount(plan.get(id)),
                        events.getOrDefault(id, List.of()));
                if (verdict.state() == State.DRIFT) {
                    drifting++;
                    driftAmount = driftAmount.add(verdict.difference().abs());
                } else {
                    inFlight++;
                }
                String currency = ledger != null ? ledger.currency() : plan.get(id).currency();
                chain = chain.chain(() -> store(run, id, currency, caseAmount(ledger), planAmount(plan.get(id)), verdict));
            }
            int driftingCases = drifting;
            int inFlightCases = inFlight;
            BigDecimal drift = driftAmount;
            return chain.chain(() -> counted(run, all.size(), driftingCases, inFlightCases, drift)).replaceWith(done);
        });
    }

    /** PostgreSQL orders uuids bytewise, i.e. as unsigned numbers; {@link UUID#compareTo} compares signed. */
    static int inDatabaseOrder(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static BigDecimal caseAmount(CaseLedger ledger) {
        return ledger == null || ledger.paymentsReceived() == null ? BigDecimal.ZERO : ledger.paymentsReceived();
    }

    private static BigDecimal planAmount(PlanFigure figure) {
        return figure == null ? BigDecimal.ZERO : figure.amount();
    }

    /** The payment events of the cases, each with its delivery to case-service and whether it arrived during this batch. */
    @SuppressWarnings("unchecked")
    private Uni<Map<UUID, List<PlanEvent>>> planEvents(List<UUID> caseIds) {
        List<String> ids = caseIds.stream().map(UUID::toString).toList();
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                select e.aggregate_id, e.id, e.event_type, e.payload ->> 'amount', coalesce(d.status, 'NONE'),
                       coalesce(d.delivered_at >= transaction_timestamp(), false)
                  from outbox_event e
                  left join outbox_delivery d on d.event_id = e.id and d.subscriber = :subscriber
                 where e.aggregate_id in (:ids) and e.event_type in ('PaymentPosted', 'PaymentReversed')
                 order by e.occurred_at, e.id
                """).setParameter("subscriber", SUBSCRIBER).setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<UUID, List<PlanEvent>> byCase = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        byCase.computeIfAbsent(UUID.fromString((String) row[0]), k -> new ArrayList<>())
                                .add(new PlanEvent((UUID) row[1], (String) row[2], new BigDecimal((String) row[3]),
                                        (String) row[4], (Boolean) row[5]));
                    }
                    return byCase;
                });
    }

    private Uni<Void> store(UUID run, UUID caseId, String currency, BigDecimal caseAmount, BigDecimal planAmount,
            Verdict verdict) {
        String events;
        try {
            events = mapper.writeValueAsString(verdict.events());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into reconciliation_drift (run_id, case_id, state, currency, case_amount, plan_amount, events)
                values (:run, :case, :state, :currency, :caseAmount, :planAmount, :events)
                on conflict do nothing
                """).setParameter("run", run).setParameter("case", caseId).setParameter("state", verdict.state().name())
                .setParameter("currency", currency).setParameter("caseAmount", caseAmount)
                .setParameter("planAmount", planAmount).setParameter("events", events).executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> counted(UUID run, int compared, int drifting, int inFlight, BigDecimal driftAmount) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update reconciliation_run set cases_compared = cases_compared + :compared,
                       cases_drifting = cases_drifting + :drifting, cases_in_flight = cases_in_flight + :inFlight,
                       drift_amount = drift_amount + :amount
                 where id = :id
                """).setParameter("compared", compared).setParameter("drifting", drifting)
                .setParameter("inFlight", inFlight).setParameter("amount", driftAmount).setParameter("id", run)
                .executeUpdate()).replaceWithVoid();
    }
}
