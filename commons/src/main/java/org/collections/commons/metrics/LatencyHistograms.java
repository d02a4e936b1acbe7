package org.collections.commons.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;

/**
 * Histogram buckets for the request timers (Quarkus' {@code http.server.requests}, the gateway's
 * {@code gateway.requests}), so that Prometheus can compute p99 latencies across replicas
 * ({@code histogram_quantile} over {@code *_seconds_bucket}). A dozen fixed buckets keep the series few.
 */
@Singleton
public class LatencyHistograms {

    static final Set<String> TIMERS = Set.of("http.server.requests", "gateway.requests");
    static final double[] BUCKETS_SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    @Produces
    @Singleton
    MeterFilter requestTimerBuckets() {
        double[] nanos = Arrays.stream(BUCKETS_SECONDS).map(s -> s * 1e9).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return TIMERS.contains(id.getName())
                        ? DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config)
                        : config;
            }
        };
    }
}
