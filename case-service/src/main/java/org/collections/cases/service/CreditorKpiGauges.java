package org.collections.cases.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.collections.cases.kpi.GroupKpis;
import org.collections.cases.kpi.KpiGrouping;
import org.collections.cases.kpi.Ratios;
import org.collections.cases.repository.CollectionKpiRepository.Scope;
import org.jboss.logging.Logger;

/**
 * Trailing-30-day collection KPIs per creditor for the dashboard: {@code cases.kpi.rpc.rate},
 * {@code cases.kpi.promise.kept.rate}, {@code cases.kpi.cure.rate}, {@code cases.kpi.liquidation.rate} (also per
 * currency) and {@code cases.kpi.noncompliant.attempts}. Computed by a scheduled job every
 * {@code cases.kpi-metrics.interval} so that a scrape only reads numbers; a rate with no denominator is NaN. Tagged
 * by creditor only (never collector or case), which keeps the series few; the {@code cases.kpi.strategy.*} gauges
 * (RPC rate, cure rate, attempts per case) are tagged by creditor and treatment strategy, a handful per creditor.
 */
@ApplicationScoped
public class CreditorKpiGauges {

    private static final Logger LOG = Logger.getLogger(CreditorKpiGauges.class);
    static final Duration WINDOW = Duration.ofDays(30);

    @Inject
    MeterRegistry registry;

    @Inject
    CollectionKpiService kpis;

    @Inject
    Clock clock;

    private final Map<String, AtomicReference<Double>> values = new ConcurrentHashMap<>();

    @Scheduled(every = "${cases.kpi-metrics.interval:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh().onFailure().invoke(e -> LOG.debugf("Creditor KPIs not computed: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    public Uni<Void> refresh() {
        Instant to = clock.instant();
        Scope scope = new Scope(to.minus(WINDOW), to, null, null);
        return Panache.withSession(() -> kpis.compute(KpiGrouping.CREDITOR, scope).invoke(this::publish)
                .chain(creditors -> strategies(creditors, scope))).replaceWithVoid();
    }

    /** Each creditor's figures per treatment strategy, one creditor at a time (a strategy's name is the creditor's). */
    private Uni<Void> strategies(List<GroupKpis> creditors, Scope all) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (GroupKpis c : creditors) {
            Scope scope = new Scope(all.from(), all.to(), c.key(), null);
            chain = chain.chain(() -> kpis.compute(KpiGrouping.STRATEGY, scope)
                    .invoke(groups -> publishStrategies(c.key(), groups)).replaceWithVoid());
        }
        return chain;
    }

    private void publishStrategies(String creditor, List<GroupKpis> groups) {
        for (GroupKpis g : groups) {
            if (g.key() == null) {
                continue;
            }
            Tags tags = Tags.of("creditor", creditor, "strategy", g.key());
            set("cases.kpi.strategy.rpc.rate", "Right-party contacts per outbound attempt by treatment strategy, "
                    + "trailing 30 days", tags, g.rightPartyContactRate());
            set("cases.kpi.strategy.cure.rate", "Cases past due 30 days ago that are current now, by treatment "
                    + "strategy", tags, g.cureRate());
            set("cases.kpi.strategy.attempts.per.case", "Outbound attempts per open case by treatment strategy, "
                    + "trailing 30 days", tags, Ratios.rate(g.attempts(), g.openCases()));
        }
    }

    private void publish(List<GroupKpis> groups) {
        // a creditor without figures in the window reads NaN rather than keeping a stale value
        values.values().forEach(v -> v.set(Double.NaN));
        for (GroupKpis g : groups) {
            Tags creditor = Tags.of("creditor", g.key());
            set("cases.kpi.rpc.rate", "Right-party contacts per outbound attempt, trailing 30 days", creditor,
                    g.rightPartyContactRate());
            set("cases.kpi.promise.kept.rate", "Promises kept per promise kept or broken, trailing 30 days", creditor,
                    g.promiseKeptRate());
            set("cases.kpi.cure.rate", "Cases past due 30 days ago that are current now, per such case", creditor,
                    g.cureRate());
            set("cases.kpi.noncompliant.attempts", "Attempts made without a lease or fresh ALLOW, trailing 30 days",
                    creditor, BigDecimal.valueOf(g.nonCompliantAttempts()));
            for (GroupKpis.CurrencyKpis m : g.money()) {
                set("cases.kpi.liquidation.rate", "Collected per balance placed with agencies, trailing 30 days",
                        creditor.and("currency", m.currency()), m.liquidationRate());
            }
        }
    }

    private void set(String name, String description, Tags tags, BigDecimal value) {
        values.computeIfAbsent(name + tags, k -> {
            AtomicReference<Double> holder = new AtomicReference<>(Double.NaN);
            Gauge.builder(name, holder, AtomicReference::get).description(description).tags(tags).register(registry);
            return holder;
        }).set(value == null ? Double.NaN : value.doubleValue());
    }
}
