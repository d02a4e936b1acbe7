package org.collections.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Every benchmark still runs and scores: each one, with each of its parameters, once, briefly, in this JVM. */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsAndScores() throws RunnerException {
        // A list: the runner's sorted set would lend its ordering of results to the values extracted from them.
        List<RunResult> results = List.copyOf(new Runner(new OptionsBuilder()
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(150))
                .addProfiler(CpuTimeProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run());

        assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore())
                .as(result.getParams().id()).isPositive());
        assertThat(results).extracting(result -> result.getParams().getBenchmark()).contains(
                ScheduleBenchmark.class.getName() + ".calculate",
                ScheduleBenchmark.class.getName() + ".propose",
                BucketBenchmark.class.getName() + ".bucketOfEachCase",
                ContactDecisionBenchmark.class.getName() + ".decide");
        assertThat(results).filteredOn(result -> result.getParams().getBenchmark().endsWith(".decide"))
                .extracting(result -> result.getParams().getParam("scenario"))
                .containsExactlyInAnyOrderElementsOf(Stream.of(DecisionScenario.values()).map(Enum::name).toList());
    }
}
