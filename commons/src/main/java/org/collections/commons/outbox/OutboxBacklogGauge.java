package org.collections.commons.outbox;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * {@code outbox.backlog.age} (seconds, per subscriber): how long the oldest event not yet delivered to a subscriber
 * has waited; 0 when nothing waits. {@code outbox.parked} (per subscriber): deliveries parked for an admin, each
 * holding back the later events of its aggregate; any is an alert. Every replica reads the same table, so dashboards
 * and alerts take the maximum. The figures are refreshed from the database every {@code outbox.metrics.interval}.
 */
@ApplicationScoped
public class OutboxBacklogGauge {

    private static final Logger LOG = Logger.getLogger(OutboxBacklogGauge.class);

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicReference<Double>> ages = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Double>> parked = new ConcurrentHashMap<>();
    private final List<Gauge> registered = new java.util.concurrent.CopyOnWriteArrayList<>();

    void register(@Observes StartupEvent ignored) {
        config.subscribers().keySet().forEach(this::gauges);
    }

    private void gauges(String subscriber) {
        ages.computeIfAbsent(subscriber, s -> gauge("outbox.backlog.age", s, "seconds",
                "Age of the oldest event not yet delivered to the subscriber"));
        parked.computeIfAbsent(subscriber, s -> gauge("outbox.parked", s, null,
                "Deliveries to the subscriber parked until an admin replays or skips them"));
    }

    private AtomicReference<Double> gauge(String name, String subscriber, String unit, String description) {
        AtomicReference<Double> value = new AtomicReference<>(0.0);
        registered.add(Gauge.builder(name, value, AtomicReference::get).description(description).baseUnit(unit)
                .tag("subscriber", subscriber).register(registry));
        return value;
    }

    /** The registry may outlive this application (tests restart it): a gauge left behind would keep reading this one. */
    void unregister(@Observes ShutdownEvent ignored) {
        registered.forEach(registry::remove);
        registered.clear();
    }

    @Scheduled(every = "${outbox.metrics.interval:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh().onFailure().invoke(e -> LOG.debugf("Outbox backlog not measured: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    /** Reads the backlog from the database and updates the gauges. */
    @SuppressWarnings("unchecked")
    public Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                select d.subscriber, extract(epoch from now() - min(e.occurred_at) filter (where d.status = 'PENDING')),
                       count(*) filter (where d.status = 'PARKED')
                  from outbox_delivery d join outbox_event e on e.id = d.event_id
                 where d.status in ('PENDING', 'PARKED')
                 group by d.subscriber
                """).getResultList()))
                .invoke(rows -> {
                    Map<String, Double> oldest = new HashMap<>();
                    Map<String, Double> parkedNow = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        oldest.put((String) row[0], row[1] == null ? 0.0 : Math.max(0, ((Number) row[1]).doubleValue()));
                        parkedNow.put((String) row[0], ((Number) row[2]).doubleValue());
                    }
                    oldest.keySet().forEach(this::gauges);
                    ages.forEach((subscriber, age) -> age.set(oldest.getOrDefault(subscriber, 0.0)));
                    parked.forEach((subscriber, count) -> count.set(parkedNow.getOrDefault(subscriber, 0.0)));
                })
                .replaceWithVoid();
    }
}
