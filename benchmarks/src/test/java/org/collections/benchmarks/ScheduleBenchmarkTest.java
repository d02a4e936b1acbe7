package org.collections.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.collections.plans.domain.ScheduleMethod;
import org.junit.jupiter.api.Test;

/** The schedule benchmarked is the whole plan: a down payment and 60 monthly installments, by either method. */
class ScheduleBenchmarkTest {

    @Test
    void bothBenchmarksComputeTheWholeSchedule() {
        for (ScheduleMethod method : ScheduleMethod.values()) {
            ScheduleBenchmark benchmark = new ScheduleBenchmark();
            benchmark.method = method;
            benchmark.prepare();

            assertThat(benchmark.calculate().installments()).as(method.name())
                    .hasSize(ScheduleBenchmark.INSTALLMENTS + 1);
            assertThat(benchmark.propose().schedule()).isEqualTo(benchmark.calculate());
        }
    }
}
