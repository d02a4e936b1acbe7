package org.collections.benchmarks;

import java.time.LocalDate;
import org.collections.cases.domain.BucketPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A case's delinquency bucket from its oldest unpaid due date, as case-service refreshes a case, under the default
 * buckets, for every case of a spread from 0 to 400 days past due: one operation is one case.
 */
@State(Scope.Benchmark)
@OperationsPerInvocation(BucketBenchmark.CASES)
public class BucketBenchmark extends PerCoreThroughput {

    static final int CASES = 401;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    final BucketPolicy policy = BucketPolicy.parse(BucketPolicy.DEFAULT_SPEC);
    final LocalDate[] oldestUnpaid = new LocalDate[CASES];

    public BucketBenchmark() {
        for (int daysPastDue = 0; daysPastDue < CASES; daysPastDue++) {
            oldestUnpaid[daysPastDue] = TODAY.minusDays(daysPastDue);
        }
    }

    @Benchmark
    public void bucketOfEachCase(Blackhole blackhole) {
        for (LocalDate due : oldestUnpaid) {
            blackhole.consume(policy.bucketFor(BucketPolicy.daysPastDue(due, TODAY)));
        }
    }
}
