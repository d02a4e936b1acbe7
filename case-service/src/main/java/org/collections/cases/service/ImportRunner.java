package org.collections.cases.service;

import io.quarkus.vertx.VertxContextSupport;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.collections.cases.domain.Debtor;
import org.collections.cases.service.ImportResult.RowProblem;
import org.collections.commons.rules.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Takes the rows of an upload one by one as they are read (never holding the file in memory), drafts a case of each
 * valid row, and writes them in batches, each batch its own transaction. Runs on a worker thread; while one batch is
 * being written, the next is read and drafted (reading, checking and encrypting cost about as much as writing), and
 * a batch is written only once the one before it has committed, so a reference repeated in a later batch is seen as
 * present.
 */
@ApplicationScoped
public class ImportRunner {

    /** One data row of an upload as read and checked: a case to open, or the problems that reject the row. */
    public record Row(int line, CaseCommands.NewCase command, List<RowProblem> problems) {

        public static Row valid(int line, CaseCommands.NewCase command) {
            return new Row(line, command, List.of());
        }

        public static Row rejected(int line, List<RowProblem> problems) {
            return new Row(line, null, List.copyOf(problems));
        }
    }

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int MAX_LISTED_ERRORS = 1000;

    @Inject
    ImportService writer;

    @Inject
    CaseService cases;

    @Inject
    DebtorCodec codec;

    @Inject
    Clock clock;

    @Inject
    ManagedExecutor executor;

    @ConfigProperty(name = "case.import.batch-size", defaultValue = "500")
    int batchSize;

    private final class Progress {
        int rows;
        int created;
        int alreadyPresent;
        int rejected;
        final List<RowProblem> errors = new ArrayList<>();
        final List<ImportService.ValidRow> batch = new ArrayList<>();
        CompletableFuture<ImportService.BatchResult> writing;

        void reject(List<RowProblem> rowErrors) {
            rejected++;
            for (RowProblem e : rowErrors) {
                if (errors.size() < MAX_LISTED_ERRORS) {
                    errors.add(e);
                }
            }
        }

        ImportResult result() {
            return new ImportResult(rows, created, alreadyPresent, rejected, List.copyOf(errors),
                    rejected > 0 && errors.size() >= MAX_LISTED_ERRORS);
        }
    }

    /** Imports the rows in their order; a row whose problems are known already is counted as rejected. */
    public ImportResult run(Iterator<Row> rows, String actor) {
        Progress progress = new Progress();
        while (rows.hasNext()) {
            Row row = rows.next();
            progress.rows++;
            accept(row, progress);
            if (progress.batch.size() >= batchSize) {
                flush(progress, actor);
            }
        }
        flush(progress, actor);
        awaitWriting(progress);
        return progress.result();
    }

    private void accept(Row row, Progress progress) {
        if (!row.problems().isEmpty()) {
            progress.reject(row.problems());
            return;
        }
        CaseCommands.NewCase command = row.command();
        try {
            Instant now = clock.instant();
            CaseService.Draft draft = cases.draft(command, now);
            Debtor debtor = codec.encode(command.debtor(), now);
            progress.batch.add(new ImportService.ValidRow(row.line(), draft, debtor, command.debtor().phones(),
                    debtor.nationalIdIndex));
        } catch (RuleViolation e) {
            progress.reject(List.of(RowProblem.atPath(row.line(), command.externalRef(), e.field(), e.getMessage())));
        }
    }

    /** Starts writing the batch drafted so far, once the batch before it has been written. */
    private void flush(Progress progress, String actor) {
        if (progress.batch.isEmpty()) {
            return;
        }
        List<ImportService.ValidRow> batch = List.copyOf(progress.batch);
        progress.batch.clear();
        awaitWriting(progress);
        progress.writing = CompletableFuture.supplyAsync(() -> write(batch, actor), executor);
    }

    private void awaitWriting(Progress progress) {
        if (progress.writing == null) {
            return;
        }
        ImportService.BatchResult result = progress.writing.join();
        progress.writing = null;
        progress.created += result.created();
        progress.alreadyPresent += result.alreadyPresent();
        // a row refused by the writer counts once, however many errors it has
        result.errors().forEach(e -> progress.reject(List.of(e)));
    }

    private ImportService.BatchResult write(List<ImportService.ValidRow> batch, String actor) {
        try {
            return writeWithRetry(batch, actor);
        } catch (RuntimeException e) {
            // the batch's transaction rolled back: find the rows the store refuses by writing each on its own
            LOG.warnf("An import batch of %d rows was refused (SQL state %s); writing its rows one by one",
                    batch.size(), sqlState(e));
            return writeOneByOne(batch, actor);
        }
    }

    /** Each row in its own transaction: the report then names exactly the rows that were not written, and why. */
    private ImportService.BatchResult writeOneByOne(List<ImportService.ValidRow> batch, String actor) {
        int created = 0;
        int alreadyPresent = 0;
        List<RowProblem> errors = new ArrayList<>();
        for (ImportService.ValidRow row : batch) {
            try {
                ImportService.BatchResult one = writeWithRetry(List.of(row), actor);
                created += one.created();
                alreadyPresent += one.alreadyPresent();
                errors.addAll(one.errors());
            } catch (RuntimeException e) {
                errors.add(new RowProblem(row.line(), row.draft().caseEntity().externalRef, "line",
                        "not imported: " + refusal(sqlState(e))));
            }
        }
        return new ImportService.BatchResult(created, alreadyPresent, errors);
    }

    /** Why the store refused a row, without echoing its values. */
    private static String refusal(String sqlState) {
        return switch (sqlState == null ? "" : sqlState) {
            case "22001" -> "a value is longer than the store accepts";
            case "22003" -> "a number is beyond the range the store accepts";
            case "22007", "22008" -> "a date is beyond the range the store accepts";
            case "22021", "22P05" -> "a text holds a character the store does not accept";
            case "23502", "23503", "23514" -> "a value breaks a rule of the store";
            default -> "the store refused it";
        };
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    /** A concurrent import of the same rows can win a unique key; the retry then sees them as present. */
    private ImportService.BatchResult writeWithRetry(List<ImportService.ValidRow> batch, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return VertxContextSupport.subscribeAndAwait(() -> writer.write(batch, actor));
            } catch (Throwable e) {
                if (attempt < 3 && isConstraintViolation(e)) {
                    LOG.infof("Import batch hit a concurrent write (attempt %d); retrying", attempt);
                    continue;
                }
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
