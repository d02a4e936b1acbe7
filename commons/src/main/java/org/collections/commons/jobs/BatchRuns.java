package org.collections.commons.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs a job over a large table in batches: each batch reads the next keyset page after the run's position, does its
 * work and moves the position in one transaction, holding the run's row lock ({@code FOR UPDATE SKIP LOCKED}). So
 * memory stays that of one batch, a crash loses only the batch in flight (rolled back, done again on resume), and
 * several replicas never work the same batch: one that finds the run locked leaves it to the holder.
 */
@ApplicationScoped
public class BatchRuns {

    /** How long a run must have stood still before another replica continues it. */
    public static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);
    private static final Duration BUSY_PAUSE = Duration.ofMillis(200);
    private static final Logger LOG = Logger.getLogger(BatchRuns.class);
    private static final String INSERT_RUN = """
            insert into job_run (job, period, status, started_at, updated_at)
            values (:job, :period, 'RUNNING', now(), now()) on conflict do nothing
            """;

    /** What one batch did: the key of its last row (the next batch starts after it), rows read and rows changed. */
    public record Batch(String lastKey, int processed, int changed) {

        public static final Batch EMPTY = new Batch(null, 0, 0);
    }

    /** Where a run stands. {@code busy}: another replica held it, so this caller stopped. */
    public record Progress(String job, String period, boolean done, boolean busy, int batches, long processed,
            long changed) {
    }

    /**
     * Records a run of {@code job} for {@code period} in the caller's transaction, before its first batch (a batch
     * records it too, but in its own transaction, lost when that batch fails): a run whose first batch fails is then
     * continued like one that stopped later ({@link #unfinished}).
     */
    public Uni<Void> open(String job, String period) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT_RUN).setParameter("job", job)
                .setParameter("period", period).executeUpdate()).replaceWithVoid();
    }

    /**
     * Runs (or continues) {@code job} for {@code period} until it is done or another replica holds it.
     *
     * @param batch given the position (null at the start) and the batch size, does the next batch's work in the
     *     caller's transaction; a batch that reads no row ends the run
     */
    public Uni<Progress> run(String job, String period, int size, BiFunction<String, Integer, Uni<Batch>> batch) {
        return Panache.withTransaction(() -> step(job, period, size, batch))
                .chain(progress -> progress.done() || progress.busy() ? Uni.createFrom().item(progress)
                        : run(job, period, size, batch));
    }

    /**
     * Runs {@code job} for {@code period} to its end, for a caller who waits for the result (an admin's request):
     * while another replica works one of its batches, waits a moment and goes on with the next.
     */
    public Uni<Progress> runToEnd(String job, String period, int size, BiFunction<String, Integer, Uni<Batch>> batch) {
        return run(job, period, size, batch).chain(progress -> !progress.busy() ? Uni.createFrom().item(progress)
                : Uni.createFrom().voidItem().onItem().delayIt().by(BUSY_PAUSE)
                        .chain(() -> runToEnd(job, period, size, batch)));
    }

    /**
     * Periods of the runs of {@code jobs} left unfinished, oldest first: not done, and no batch for
     * {@link #ABANDONED_AFTER} (a replica working a run moves it every batch, so these are the runs of a replica that
     * died, or of a request that was given up). A period unfinished in several of the jobs is listed once.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<String>> unfinished(String... jobs) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                select period from job_run where job in (:jobs) and status = 'RUNNING'
                   and updated_at < now() - make_interval(secs => :idle) group by period order by min(started_at)
                """).setParameter("jobs", List.of(jobs)).setParameter("idle", (double) ABANDONED_AFTER.toSeconds())
                .getResultList()))
                .map(rows -> (List<String>) (List<?>) rows);
    }

    /**
     * Continues the runs of {@code jobs} left unfinished ({@link #unfinished}), one after another: {@code resume} is
     * given each run's period. A run that fails is logged and left for the next call; the others go on.
     */
    public Uni<Void> continueUnfinished(List<String> jobs, Function<String, Uni<?>> resume) {
        return unfinished(jobs.toArray(String[]::new))
                .onItem().transformToMulti(periods -> Multi.createFrom().iterable(periods))
                .onItem().transformToUniAndConcatenate(period -> Uni.createFrom()
                        .<Object>deferred(() -> resume.apply(period))
                        .onFailure().invoke(e -> LOG.warnf(e, "%s run %s stopped; it continues from its last batch",
                                String.join(" and ", jobs), period))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }

    /** The run's progress, or null when it never started. */
    public Uni<Progress> progress(String job, String period) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "select status, batches, processed, changed from job_run where job = :job and period = :period")
                .setParameter("job", job).setParameter("period", period).getResultList()))
                .map(rows -> rows.isEmpty() ? null : progress(job, period, (Object[]) rows.get(0)));
    }

    private Uni<Progress> step(String job, String period, int size, BiFunction<String, Integer, Uni<Batch>> batch) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT_RUN)
                .setParameter("job", job).setParameter("period", period).executeUpdate()
                .chain(() -> s.createNativeQuery("""
                        select status, batches, processed, changed, position from job_run
                         where job = :job and period = :period for update skip locked
                        """).setParameter("job", job).setParameter("period", period).getResultList())
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(new Progress(job, period, false, true, 0, 0, 0));
                    }
                    Object[] run = (Object[]) rows.get(0);
                    if ("DONE".equals(run[0])) {
                        return Uni.createFrom().item(progress(job, period, run));
                    }
                    return batch.apply((String) run[4], size).chain(done -> s.createNativeQuery("""
                            update job_run set position = coalesce(cast(:position as text), position), batches = batches + :batch,
                                   processed = processed + :processed, changed = changed + :changed,
                                   status = case when :processed = 0 then 'DONE' else status end,
                                   finished_at = case when :processed = 0 then now() end, updated_at = now()
                             where job = :job and period = :period
                         returning status, batches, processed, changed
                            """)
                            .setParameter("position", done.lastKey())
                            .setParameter("batch", done.processed() == 0 ? 0 : 1)
                            .setParameter("processed", done.processed())
                            .setParameter("changed", done.changed())
                            .setParameter("job", job).setParameter("period", period)
                            .getSingleResult()
                            .map(updated -> progress(job, period, (Object[]) updated)));
                }));
    }

    /** The position of a run keyed by UUID as a UUID: before every id (PostgreSQL compares uuids bytewise) at the start. */
    public static java.util.UUID uuidAfter(String position) {
        return position == null ? new java.util.UUID(0, 0) : java.util.UUID.fromString(position);
    }

    private static Progress progress(String job, String period, Object[] row) {
        return new Progress(job, period, "DONE".equals(row[0]), false, ((Number) row[1]).intValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }
}
