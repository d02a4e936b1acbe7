package org.collections.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU the benchmark's JVM used in each iteration ({@code cpu.cores}, 1.0 = one core all the time) and the score
 * per CPU-second ({@code cpu.score}). On a shared machine a single thread's score also counts the time it waited
 * for a core; {@code cpu.score} does not (it does count the JVM's own threads, GC included, so it errs low).
 * {@code -prof org.collections.benchmarks.CpuTimeProfiler}
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wallStart;
    private long cpuStart;

    @Override
    public String getDescription() {
        return "CPU used by the benchmark JVM, and the score per CPU-second";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        wallStart = System.nanoTime();
        cpuStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        double cores = (double) (os.getProcessCpuTime() - cpuStart) / (System.nanoTime() - wallStart);
        return List.of(
                new ScalarResult("cpu.cores", cores, "cores", AggregationPolicy.AVG),
                new ScalarResult("cpu.score", result.getPrimaryResult().getScore() / cores,
                        result.getScoreUnit() + " of CPU", AggregationPolicy.AVG));
    }
}
