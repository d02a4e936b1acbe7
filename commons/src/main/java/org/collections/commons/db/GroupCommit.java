package org.collections.commons.db;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Appends rows that many concurrent requests write and nothing else in their request depends on being in the same
 * transaction (audit entries of reads, kept decisions): the rows waiting are written together, in one statement and
 * one commit, while the previous batch commits. Each caller waits until its own row has committed, so nothing is
 * answered before it is durable, and a failed write fails every caller of its batch.
 *
 * <p>Use a pool of its own (the {@code appends} datasource): a caller may hold a connection of the main pool while it
 * waits here.
 *
 * @param <T> a row
 */
public final class GroupCommit<T> {

    /** The datasource of group commits: a small pool of their own. */
    public static final String DATASOURCE = "appends";

    private static final int MAX_BATCH = 1_000;

    private final Pool pool;
    private final String insert;
    private final Function<List<T>, Tuple> columns;
    private final Queue<Pending<T>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    /**
     * @param insert an insert of one row per element of array parameters, e.g. {@code insert into t (a, b) select *
     *        from unnest($1::uuid[], $2::text[])}
     * @param columns the batch as those arrays, one per parameter
     */
    public GroupCommit(Pool pool, String insert, Function<List<T>, Tuple> columns) {
        this.pool = pool;
        this.insert = insert;
        this.columns = columns;
    }

    public Uni<Void> append(T row) {
        Context caller = Vertx.currentContext();
        Pending<T> pending = new Pending<>(row, new CompletableFuture<>());
        Uni<Void> committed = Uni.createFrom().deferred(() -> {
            waiting.add(pending);
            writeWaiting();
            return Uni.createFrom().completionStage(pending.committed());
        });
        // The caller goes on where it was (a reactive session is bound to that context), not on the writer's.
        return caller == null ? committed : committed.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /** One batch at a time; what arrives meanwhile waits for the next. */
    private void writeWaiting() {
        if (waiting.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        List<Pending<T>> batch = new ArrayList<>();
        for (Pending<T> p = waiting.poll(); p != null; p = batch.size() < MAX_BATCH ? waiting.poll() : null) {
            batch.add(p);
        }
        Uni.createFrom().deferred(() -> pool.preparedQuery(insert)
                .execute(columns.apply(batch.stream().map(Pending::row).toList())))
                .subscribe().with(written -> finish(batch, null), failure -> finish(batch, failure));
    }

    private void finish(List<Pending<T>> batch, Throwable failure) {
        writing.set(false);
        writeWaiting();
        for (Pending<T> p : batch) {
            if (failure == null) {
                p.committed().complete(null);
            } else {
                p.committed().completeExceptionally(failure);
            }
        }
    }

    private record Pending<T>(T row, CompletableFuture<Void> committed) {
    }
}
