package org.collections.cases.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collections.cases.api.CreateCaseRequest;
import org.collections.cases.api.ImportReport;
import org.collections.cases.api.ImportReport.RowError;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.DomainRuleException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Streams an upload line by line (never holding the file in memory), validates each row, and writes valid
 * rows in batches, each batch its own transaction. Runs on a worker thread.
 */
@ApplicationScoped
public class ImportRunner {

    public enum Format {
        NDJSON, CSV
    }

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int MAX_LISTED_ERRORS = 1000;
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Inject
    ImportService writer;

    @Inject
    CaseService cases;

    @Inject
    DebtorCodec codec;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "case.import.batch-size", defaultValue = "500")
    int batchSize;

    private final CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final class Progress {
        int rows;
        int created;
        int alreadyPresent;
        int rejected;
        final List<RowError> errors = new ArrayList<>();
        final List<ImportService.ValidRow> batch = new ArrayList<>();

        void reject(List<RowError> rowErrors) {
            rejected++;
            for (RowError e : rowErrors) {
                if (errors.size() < MAX_LISTED_ERRORS) {
                    errors.add(e);
                }
            }
        }

        ImportReport report() {
            return new ImportReport(rows, created, alreadyPresent, rejected, List.copyOf(errors),
                    rejected > 0 && errors.size() >= MAX_LISTED_ERRORS);
        }
    }

    public ImportReport run(InputStream body, Format format, String actor) {
        Progress progress = new Progress();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> header = null;
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (format == Format.CSV && header == null) {
                    header = csvLine(line).stream().map(String::strip).toList();
                    continue;
                }
                progress.rows++;
                accept(lineNo, line, format, header, progress, actor);
                if (progress.batch.size() >= batchSize) {
                    flush(progress, actor);
                }
            }
            flush(progress, actor);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        return progress.report();
    }

    private void accept(int lineNo, String line, Format format, List<String> header, Progress progress, String actor) {
        Map<String, String> row;
        try {
            row = format == Format.CSV ? csvRow(header, csvLine(line)) : jsonRow(line);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            progress.reject(List.of(new RowError(lineNo, null, "line", "unreadable " + format + ": " + why)));
            return;
        }
        ImportRows.Converted converted = ImportRows.convert(lineNo, row);
        List<RowError> errors = new ArrayList<>(converted.errors());
        CreateCaseRequest request = converted.request();
        for (ConstraintViolation<CreateCaseRequest> v : validator.validate(request)) {
            errors.add(new RowError(lineNo, request.externalRef(), column(v.getPropertyPath().toString()), v.getMessage()));
        }
        if (!errors.isEmpty()) {
            progress.reject(errors);
            return;
        }
        try {
            Instant now = clock.instant();
            CaseService.NewCase draft = cases.draft(request, now);
            Debtor debtor = codec.encode(request.debtor(), now);
            progress.batch.add(new ImportService.ValidRow(lineNo, draft, debtor, request.debtor().phones(),
                    debtor.nationalIdIndex));
        } catch (DomainRuleException e) {
            progress.reject(List.of(new RowError(lineNo, request.externalRef(), column(e.field()), e.getMessage())));
        }
    }

    private void flush(Progress progress, String actor) {
        if (progress.batch.isEmpty()) {
            return;
        }
        List<ImportService.ValidRow> batch = List.copyOf(progress.batch);
        progress.batch.clear();
        ImportService.BatchResult result;
        try {
            result = writeWithRetry(batch, actor);
        } catch (RuntimeException e) {
            // the batch's transaction rolled back: find the rows the store refuses by writing each on its own
            LOG.warnf("An import batch of %d rows was refused (SQL state %s); writing its rows one by one",
                    batch.size(), sqlState(e));
            result = writeOneByOne(batch, actor);
        }
        progress.created += result.created();
        progress.alreadyPresent += result.alreadyPresent();
        // a row refused by the writer counts once, however many errors it has
        result.errors().forEach(e -> progress.reject(List.of(e)));
    }

    /** Each row in its own transaction: the report then names exactly the rows that were not written, and why. */
    private ImportService.BatchResult writeOneByOne(List<ImportService.ValidRow> batch, String actor) {
        int created = 0;
        int alreadyPresent = 0;
        List<RowError> errors = new ArrayList<>();
        for (ImportService.ValidRow row : batch) {
            try {
                ImportService.BatchResult one = writeWithRetry(List.of(row), actor);
                created += one.created();
                alreadyPresent += one.alreadyPresent();
                errors.addAll(one.errors());
            } catch (RuntimeException e) {
                errors.add(new RowError(row.line(), row.draft().caseEntity().externalRef, "line",
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

    private List<String> csvLine(String line) throws IOException {
        List<String> values = new ArrayList<>();
        csv.readerForListOf(String.class).<List<String>>readValues(line).forEachRemaining(values::addAll);
        return values;
    }

    private static Map<String, String> csvRow(List<String> header, List<String> values) {
        if (values.size() > header.size()) {
            throw new IllegalArgumentException("has " + values.size() + " values but the header " + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        return row;
    }

    private Map<String, String> jsonRow(String line) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        mapper.readValue(line, OBJECT).forEach((k, v) -> row.put(k, v == null ? null
                : v instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
                : String.valueOf(v)));
        return row;
    }

    /** "debtor.fullName" or "debts[0].principal" name the flat column "fullName" / "principal". */
    private static String column(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.replaceAll("\\[\\d+]", "");
    }

}
