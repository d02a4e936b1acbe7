package org.collections.plans.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.collections.plans.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PlanSeeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily evaluation in batches (4 plans each in tests): each plan evaluated once, whoever runs which batch. */
@QuarkusTest
class PlanEvaluationBatchTest {

    private static final LocalDate DAY = LocalDate.parse("2027-02-01");

    @Inject
    PlanEvaluation evaluation;

    @Inject
    TestClock clock;

    @Inject
    PlanEvaluationJob job;

    private String creditor;

    @BeforeEach
    void seed() {
        clock.set(Instant.parse("2027-02-01T12:00:00Z"));
        creditor = "SEED-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Jdbc.count(PlanSeeds.activePlans(30, creditor, DAY))).isEqualTo(30);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRunGoesBatchByBatchAndBreaksEachOverduePlanOnce() throws Throwable {
        String period = DAY + "#" + UUID.randomUUID();
        int changed = VertxContextSupport.subscribeAndAwait(() -> evaluation.run(period));

        assertThat(changed).isGreaterThanOrEqualTo(PlanSeeds.overdue(30));
        assertThat(seeded("BROKEN")).isEqualTo(3);
        assertThat(brokenEvents()).isEqualTo(3);
        Map<String, Object> run = run(PlanEvaluation.JOB, period);
        assertThat(run).containsEntry("status", "DONE");
        assertThat(((Number) run.get("batches")).intValue()).as("30 plans and more, 4 a batch").isGreaterThanOrEqualTo(8);
        assertThat(((Number) run.get("processed")).longValue()).isGreaterThanOrEqualTo(30);
        assertThat(run(PlanEvaluation.PROMISE_JOB, period)).containsEntry("status", "DONE");

        // a finished run changes nothing when asked again
        int again = VertxContextSupport.subscribeAndAwait(() -> evaluation.run(period));
        assertThat(again).isEqualTo(changed);
        assertThat(brokenEvents()).isEqualTo(3);
        assertThat(run(PlanEvaluation.JOB, period)).containsEntry("batches", run.get("batches"));
    }

    @Test
    void twoReplicasOnOneRunNeverEvaluateAPlanTwice() {
        String period = DAY + "#" + UUID.randomUUID();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> runQuietly(period));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> runQuietly(period));
        a.join();
        b.join();
        // the one that found the run locked left it to the other, which finished it
        assertThat(run(PlanEvaluation.JOB, period)).containsEntry("status", "DONE");
        assertThat(seeded("BROKEN")).isEqualTo(3);
        assertThat(brokenEvents()).isEqualTo(3);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PLAN_BROKEN' and entity_id in "
                + "(select id::text from plan where creditor_id = '" + creditor + "')")).isEqualTo(3);
    }

    @Test
    void aRunThatMovedRecentlyIsLeftToItsReplica() throws Throwable {
        String period = DAY + "#" + UUID.randomUUID();
        Jdbc.query("insert into job_run (job, period, status, batches, processed, started_at, updated_at) values ('"
                + PlanEvaluation.JOB + "', '" + period + "', 'RUNNING', 1, 4, now(), now()) returning job");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> evaluation.unfinished())).doesNotContain(period);
    }

    @Test
    void aRunLeftHalfDoneIsContinuedFromItsLastBatch() throws Throwable {
        String period = DAY + "#" + UUID.randomUUID();
        List<Map<String, Object>> overdue = Jdbc.query("select p.id::text as id from plan p where p.creditor_id = '"
                + creditor + "' and exists (select 1 from installment i where i.plan_id = p.id and i.due_date < '"
                + DAY + "') order by p.id");
        assertThat(overdue).hasSize(3);
        // as if a replica had committed the batches up to the second overdue plan and then died
        String position = (String) overdue.get(1).get("id");
        Jdbc.query("insert into job_run (job, period, status, position, batches, processed, started_at, updated_at) "
                + "values ('" + PlanEvaluation.JOB + "', '" + period + "', 'RUNNING', '" + position + "', 5, 20, "
                + "now() - interval '1 hour', now() - interval '1 hour') "
                + "returning job");

        assertThat(VertxContextSupport.subscribeAndAwait(() -> evaluation.unfinished())).contains(period);
        VertxContextSupport.subscribeAndAwait(() -> evaluation.run(period));

        assertThat(Jdbc.query("select id::text as id from plan where creditor_id = '" + creditor
                + "' and status = 'BROKEN'")).containsExactly(overdue.get(2));
        assertThat(run(PlanEvaluation.JOB, period)).containsEntry("status", "DONE");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> evaluation.unfinished())).doesNotContain(period);
    }

    @Test
    void theResumeJobContinuesEveryAbandonedRunWhenAnEarlierOneFails() throws Throwable {
        String broken = "no-day#" + UUID.randomUUID(); // its evaluation fails at once
        String halfDone = DAY + "#" + UUID.randomUUID();
        List<Map<String, Object>> overdue = Jdbc.query("select p.id::text as id from plan p where p.creditor_id = '"
                + creditor + "' and exists (select 1 from installment i where i.plan_id = p.id and i.due_date < '"
                + DAY + "') order by p.id");
        abandoned(PlanEvaluation.JOB, broken, null, "2 hours");
        abandoned(PlanEvaluation.JOB, halfDone, (String) overdue.get(1).get("id"), "1 hour");
        try {
            VertxContextSupport.subscribeAndAwait(() -> job.resume());

            assertThat(run(PlanEvaluation.JOB, halfDone)).containsEntry("status", "DONE");
            assertThat(run(PlanEvaluation.PROMISE_JOB, halfDone)).containsEntry("status", "DONE");
            assertThat(Jdbc.query("select status from plan where id = '" + overdue.get(2).get("id") + "'"))
                    .containsExactly(Map.of("status", "BROKEN"));
            assertThat(run(PlanEvaluation.JOB, broken)).as("left for the next resume").containsEntry("status", "RUNNING");
        } finally {
            Jdbc.query("update job_run set status = 'DONE' where period = '" + broken + "' returning job");
        }
    }

    @Test
    void aRunWhosePlansAreDoneButPromisesAreNotIsContinued() throws Throwable {
        String period = DAY + "#" + UUID.randomUUID();
        VertxContextSupport.subscribeAndAwait(() -> evaluation.run(period));
        Jdbc.query("update job_run set status = 'RUNNING', updated_at = now() - interval '1 hour' where job = '"
                + PlanEvaluation.PROMISE_JOB + "' and period = '" + period + "' returning job");

        assertThat(VertxContextSupport.subscribeAndAwait(() -> evaluation.unfinished())).containsOnlyOnce(period);
        VertxContextSupport.subscribeAndAwait(() -> job.resume());

        assertThat(run(PlanEvaluation.PROMISE_JOB, period)).containsEntry("status", "DONE");
    }

    /** As a replica leaves a run when it dies: RUNNING, at {@code position}, last moved {@code ago}. */
    private static void abandoned(String job, String period, String position, String ago) {
        Jdbc.query("insert into job_run (job, period, status, position, batches, processed, started_at, updated_at) "
                + "values ('" + job + "', '" + period + "', 'RUNNING', " + (position == null ? "null" : "'" + position + "'")
                + ", 1, 4, now() - interval '" + ago + "', now() - interval '" + ago + "') returning job");
    }

    private int runQuietly(String period) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> evaluation.run(period));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private long seeded(String status) {
        return Jdbc.count("select count(*) from plan where creditor_id = '" + creditor + "' and status = '" + status + "'");
    }

    private long brokenEvents() {
        return Jdbc.count("select count(*) from outbox_event where event_type = 'PlanBroken' and payload->>'planId' in "
                + "(select id::text from plan where creditor_id = '" + creditor + "')");
    }

    private static Map<String, Object> run(String job, String period) {
        return Jdbc.query("select status, batches, processed from job_run where job = '" + job + "' and period = '"
                + period + "'").get(0);
    }
}
