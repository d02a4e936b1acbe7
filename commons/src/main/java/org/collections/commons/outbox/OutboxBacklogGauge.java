package org.collections.commons.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
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
 * has waited; 0 when nothing waits. Every replica reads the same table, so dashboards and alerts take the maximum.
 * The figure is refreshed from the database every {@code outbox.metrics.interval}.
 */
@ApplicationScoped
public class OutboxBacklogGauge {

    private static final Logger LOG = Logger.getLogger(OutboxBacklogGauge.class);

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicReference<Double>> ages = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent ignored) {
        config.subscribers().keySet().forEach(this::gauge);
    }

    private AtomicReference<Double> gauge(String subscriber) {
        return ages.computeIfAbsent(subscriber, s -> {
            AtomicReference<Double> age = new AtomicReference<>(0.0);
            Gauge.builder("outbox.backlog.age", age, AtomicReference::get)
                    .description("Age of the oldest event not yet delivered to the subscriber")
                    .baseUnit("seconds").tag("subscriber", s).register(registry);
            return age;
        });
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
                select d.subscriber, extract(epoch from now() - min(e.occurred_at))
                  from outbox_delivery d join outbox_event e on e.id = d.event_id
                 where d.status = 'PENDING'
                 group by d.subscriber
                """).getResultList()))
                .invoke(rows -> {
                    Map<String, Double> oldest = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        oldest.put((String) row[0], Math.max(0, ((Number) row[1]).doubleValue()));
                    }
                    oldest.keySet().forEach(this::gauge);
                    ages.forEach((subscriber, age) -> age.set(oldest.getOrDefault(subscriber, 0.0)));
                })
                .replaceWithVoid();
    }
}
