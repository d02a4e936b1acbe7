package org.collections.plans.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * {@code reconciliation.drift.cases}: the cases whose money differs between case-service and plan-service in the latest
 * finished reconciliation (in-flight cases not counted); {@code reconciliation.drift.amount}: the sum of their
 * differences, in their currencies' units. Read from the database (every replica shows the same figures), after each
 * run and every {@code reconciliation.metrics-interval}.
 */
@ApplicationScoped
public class ReconciliationGauge {

    private static final Logger LOG = Logger.getLogger(ReconciliationGauge.class);

    @Inject
    MeterRegistry registry;

    private final AtomicReference<Double> cases = new AtomicReference<>(0.0);
    private final AtomicReference<Double> amount = new AtomicReference<>(0.0);

    private final List<Gauge> gauges = new java.util.ArrayList<>();

    void register(@Observes StartupEvent ignored) {
        gauges.add(Gauge.builder("reconciliation.drift.cases", cases, AtomicReference::get)
                .description("Cases whose payments differ between case-service and plan-service in the latest reconciliation")
                .register(registry));
        gauges.add(Gauge.builder("reconciliation.drift.amount", amount, AtomicReference::get)
                .description("Sum of the differences of the drifting cases in the latest reconciliation")
                .register(registry));
    }

    /** The registry may outlive this application (tests restart it): a gauge left behind would keep reading this one. */
    void unregister(@Observes ShutdownEvent ignored) {
        gauges.forEach(registry::remove);
        gauges.clear();
    }

    @Scheduled(every = "${reconciliation.metrics-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return Panache.withSession(this::refresh)
                .onFailure().invoke(e -> LOG.debugf("Reconciliation drift not measured: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    /** Reads the latest finished run, in the caller's session. */
    public Uni<Void> refresh() {
        return show(Panache.getSession().chain(s -> s.createNativeQuery("""
                select cases_drifting, drift_amount from reconciliation_run
                 where status = 'DONE' order by finished_at desc nulls last limit 1
                """).getResultList()));
    }

    /** Shows the run that just finished, in the caller's session (its transaction). */
    public Uni<Void> showRun(java.util.UUID run) {
        return show(Panache.getSession().chain(s -> s.createNativeQuery(
                "select cases_drifting, drift_amount from reconciliation_run where id = :id")
                .setParameter("id", run).getResultList()));
    }

    @SuppressWarnings("unchecked")
    private Uni<Void> show(Uni<List<?>> query) {
        return query
                .invoke(rows -> {
                    List<Object[]> found = (List<Object[]>) (List<?>) rows;
                    cases.set(found.isEmpty() ? 0.0 : ((Number) found.get(0)[0]).doubleValue());
                    amount.set(found.isEmpty() ? 0.0 : ((Number) found.get(0)[1]).doubleValue());
                }).replaceWithVoid();
    }
}
