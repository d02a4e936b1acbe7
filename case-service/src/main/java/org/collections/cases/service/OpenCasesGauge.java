package org.collections.cases.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * {@code cases.open} (per delinquency bucket): the cases that are not closed, for the operations dashboard. Counted
 * in the database every {@code cases.metrics.interval} (an index-only count by status and bucket); every replica
 * reports the same figure, so dashboards take the maximum.
 */
@ApplicationScoped
public class OpenCasesGauge {

    private static final Logger LOG = Logger.getLogger(OpenCasesGauge.class);

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicLong> byBucket = new ConcurrentHashMap<>();

    @Scheduled(every = "${cases.metrics.interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh().onFailure().invoke(e -> LOG.debugf("Open cases not counted: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    @SuppressWarnings("unchecked")
    public Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "select bucket, count(*) from collection_case where status <> 'CLOSED' group by bucket").getResultList()))
                .invoke(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        counts.put((String) row[0], ((Number) row[1]).longValue());
                    }
                    counts.keySet().forEach(this::gauge);
                    byBucket.forEach((bucket, count) -> count.set(counts.getOrDefault(bucket, 0L)));
                })
                .replaceWithVoid();
    }

    private AtomicLong gauge(String bucket) {
        return byBucket.computeIfAbsent(bucket, b -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder("cases.open", count, AtomicLong::get).description("Cases not closed, by delinquency bucket")
                    .tag("bucket", b).register(registry);
            return count;
        });
    }
}
