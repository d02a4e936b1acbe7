package org.collections.cases.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.collections.cases.service.ImportResult.RowProblem;
import org.collections.cases.service.ImportRunner;

/**
 * Reads an upload line by line, as it is asked for the next row: blank lines are skipped, a CSV upload's first line
 * is its header, and each other line becomes a case request (validated like createCase's body), or the problems
 * that reject it.
 */
final class ImportUpload implements Iterator<ImportRunner.Row> {

    enum Format {
        NDJSON, CSV
    }

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final BufferedReader reader;
    private final Format format;
    private final ObjectMapper mapper;
    private final Validator validator;
    private List<String> header;
    private int lineNo;
    private ImportRunner.Row next;

    ImportUpload(BufferedReader reader, Format format, ObjectMapper mapper, Validator validator) {
        this.reader = reader;
        this.format = format;
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                String line = reader.readLine();
                if (line == null) {
                    return false;
                }
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (format == Format.CSV && header == null) {
                    header = csvLine(line).stream().map(String::strip).toList();
                    continue;
                }
                next = row(lineNo, line);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
    }

    @Override
    public ImportRunner.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRunner.Row row = next;
        next = null;
        return row;
    }

    private ImportRunner.Row row(int line, String text) {
        Map<String, String> row;
        try {
            row = format == Format.CSV ? csvRow(header, csvLine(text)) : jsonRow(text);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return ImportRunner.Row.rejected(line, List.of(new RowProblem(line, null, "line", "unreadable " + format + ": " + why)));
        }
        ImportRows.Converted converted = ImportRows.convert(line, row);
        List<RowProblem> errors = new ArrayList<>(converted.errors());
        CreateCaseRequest request = converted.request();
        for (ConstraintViolation<CreateCaseRequest> v : validator.validate(request)) {
            errors.add(RowProblem.atPath(line, request.externalRef(), v.getPropertyPath().toString(), v.getMessage()));
        }
        return errors.isEmpty() ? ImportRunner.Row.valid(line, Requests.newCase(request))
                : ImportRunner.Row.rejected(line, errors);
    }

    private static List<String> csvLine(String line) throws IOException {
        List<String> values = new ArrayList<>();
        CSV.readerForListOf(String.class).<List<String>>readValues(line).forEachRemaining(values::addAll);
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
}
