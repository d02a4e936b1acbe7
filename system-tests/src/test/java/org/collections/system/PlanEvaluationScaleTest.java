package org.collections.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.collections.testsupport.PlanSeeds;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.ServiceProcess;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily plan evaluation over 200,000 running plans, in plan-service's production jar with the production heap
 * (96 MB, serial GC, exit on OutOfMemoryError), killed with {@code kill -9} half-way and started again: it finishes
 * from where it stopped, breaks each overdue plan exactly once and publishes one PlanBroken per broken plan. Loading the
 * plans at once, as the evaluation did before it worked in batches, does not fit in that heap.
 */
class PlanEvaluationScaleTest {

    private static final int PLANS = Integer.getInteger("scale.plans", 200_000);
    private static final String CREDITOR = "SCALE";
    private static final Map<String, String> ENV = Map.of(
            "JDK_JAVA_OPTIONS", "-XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError",
            "PLAN_EVALUATION_RESUME_EVERY", "2s",
            // the events stay in the outbox: nobody listens here (and a local suite must not receive them)
            "OUTBOX_RELAY_ENABLED", "false");

    private static ServiceProcess plans;
    private static String jdbcUrl;

    @BeforeAll
    static void start() {
        plans = ServiceProcess.prepare("plan-service", "prod").withMaxHeap("96m");
        plans.start(ENV);
        jdbcUrl = PostgresDatabase.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + plans.database() + "$1");
    }

    @AfterAll
    static void stop() {
        if (plans != null) {
            plans.close();
        }
    }

    @Test
    void twoHundredThousandPlansAreEvaluatedOnceEachAcrossAKill() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long seedStart = System.nanoTime();
        assertThat(count(PlanSeeds.activePlans(PLANS, CREDITOR, today))).isEqualTo(PLANS);
        System.out.printf("[scale] seeded %,d plans with %,d installments in %d s%n", PLANS, PLANS * 6L,
                Duration.ofNanos(System.nanoTime() - seedStart).toSeconds());

        long runStart = System.nanoTime();
        String admin = Tokens.admin();
        CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> given().baseUri(plans.url())
                .auth().oauth2(admin).post("/api/v1/plan-evaluations").statusLine());
        MemorySampler memory = new MemorySampler(plans);
        awaitBatches(PLANS / 500 / 3, Duration.ofMinutes(10), memory);
        plans.kill();
        long beforeKill = count("select processed from job_run where job = 'plan-evaluation'");
        String answer = request.handle((status, failure) -> failure != null ? failure.toString() : status).join();
        System.out.printf("[scale] killed after %,d plans; the request: %s%n", beforeKill, answer);
        assertThat(beforeKill).as("killed half-way").isPositive().isLessThan(PLANS);
        assertThat(answer).as("the request waits for the end of its run, so it died with the process")
                .doesNotStartWith("HTTP/1.1 2");

        plans.start();
        memory = memory.continueWith(plans);
        awaitDone(Duration.ofMinutes(15), memory);
        Duration took = Duration.ofNanos(System.nanoTime() - runStart);

        int overdue = PlanSeeds.overdue(PLANS);
        assertThat(count("select count(*) from plan where creditor_id = 'SCALE' and status = 'BROKEN'")).isEqualTo(overdue);
        assertThat(count("select count(*) from plan where creditor_id = 'SCALE' and status = 'ACTIVE'"))
                .isEqualTo(PLANS - overdue);
        assertThat(count("select count(*) from outbox_event where event_type = 'PlanBroken'")).isEqualTo(overdue);
        assertThat(count("select count(distinct payload->>'planId') from outbox_event where event_type = 'PlanBroken'"))
                .isEqualTo(overdue);
        assertThat(count("select count(*) from audit_log where action = 'PLAN_BROKEN'")).isEqualTo(overdue);
        // the batch the kill cut short was rolled back with its position, and done again after the restart
        assertThat(count("select processed from job_run where job = 'plan-evaluation'")).isEqualTo(PLANS);
        assertThat(count("select changed from job_run where job = 'plan-evaluation'")).isEqualTo(overdue);
        System.out.printf("[scale] %,d plans evaluated in %d s across a kill -9 after %,d; %,d broken; heap used at most "
                        + "%d MB of 96, resident set at most %d MB%n", PLANS, took.toSeconds(), beforeKill, overdue,
                memory.maxHeapMb, memory.maxRssMb);
    }

    private static void awaitBatches(int batches, Duration timeout, MemorySampler memory) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count("select coalesce(max(batches), 0) from job_run where job = 'plan-evaluation'") < batches) {
            assertThat(System.nanoTime()).as("%d batches within %s", batches, timeout).isLessThan(deadline);
            memory.sample();
            Thread.sleep(500);
        }
    }

    private static void awaitDone(Duration timeout, MemorySampler memory) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count("select count(*) from job_run where status = 'DONE'") < 2) {
            assertThat(plans.isAlive()).as("plan-service is running (no OutOfMemoryError)").isTrue();
            assertThat(System.nanoTime()).as("the resumed run finished within %s", timeout).isLessThan(deadline);
            memory.sample();
            Thread.sleep(1000);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The largest heap use (from the service's metrics) and resident set (from /proc) seen while it ran. */
    private static final class MemorySampler {
        private final ServiceProcess process;
        private final long pid;
        long maxHeapMb;
        long maxRssMb;

        MemorySampler(ServiceProcess process) {
            this.process = process;
            this.pid = process.pid();
        }

        MemorySampler continueWith(ServiceProcess restarted) {
            MemorySampler next = new MemorySampler(restarted);
            next.maxHeapMb = maxHeapMb;
            next.maxRssMb = maxRssMb;
            return next;
        }

        void sample() {
            try {
                String metrics = given().baseUri(process.managementUrl()).get("/q/metrics").asString();
                double heap = metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
                maxHeapMb = Math.max(maxHeapMb, (long) (heap / 1024 / 1024));
                String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
                long rssKb = status.lines().filter(l -> l.startsWith("VmRSS:")).findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
                maxRssMb = Math.max(maxRssMb, rssKb / 1024);
            } catch (IOException | RuntimeException e) {
                // a sample missed while the process starts or stops
            }
        }
    }
}
