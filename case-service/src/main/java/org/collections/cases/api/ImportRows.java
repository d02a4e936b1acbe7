package org.collections.cases.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.cases.domain.Debt;
import org.collections.cases.service.ImportResult.RowProblem;
import org.collections.commons.input.Dates;
import org.collections.commons.input.Decimals;

/**
 * Turns one flat import row (a CSV line or an NDJSON object, as strings) into a case request, collecting a
 * field error for every value that does not convert. Multi-valued fields (phones, emails) are ';'-separated.
 */
final class ImportRows {

    public static final List<String> COLUMNS = List.of("creditorId", "externalRef", "fullName", "nationalId", "phones",
            "emails", "timeZone", "jurisdiction", "preferredLanguage", "product", "accountRef", "principal", "interest",
            "fees", "currency", "oldestUnpaidDate", "chargeOffDate", "limitationDate");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

    private ImportRows() {
    }

    record Converted(CreateCaseRequest request, List<RowProblem> errors) {
    }

    static Converted convert(int line, Map<String, String> row) {
        List<RowProblem> errors = new ArrayList<>();
        String ref = blankToNull(row.get("externalRef"));
        for (String column : row.keySet()) {
            if (!KNOWN.contains(column)) {
                errors.add(new RowProblem(line, ref, column, "is not a known column; expected " + COLUMNS));
            }
        }
        Debt.Product product = null;
        String productText = blankToNull(row.get("product"));
        if (productText != null) {
            try {
                product = Debt.Product.valueOf(productText.toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new RowProblem(line, ref, "product", "must be one of " + Arrays.toString(Debt.Product.values())));
            }
        }
        DebtRequest debt = new DebtRequest(product, blankToNull(row.get("accountRef")),
                decimal(line, ref, row, "principal", errors), decimal(line, ref, row, "interest", errors),
                decimal(line, ref, row, "fees", errors), blankToNull(row.get("currency")),
                date(line, ref, row, "oldestUnpaidDate", errors), date(line, ref, row, "chargeOffDate", errors),
                date(line, ref, row, "limitationDate", errors));
        DebtorRequest debtor = new DebtorRequest(blankToNull(row.get("fullName")), blankToNull(row.get("nationalId")),
                list(row.get("phones")), list(row.get("emails")), null, blankToNull(row.get("timeZone")),
                blankToNull(row.get("jurisdiction")), blankToNull(row.get("preferredLanguage")), null);
        return new Converted(new CreateCaseRequest(blankToNull(row.get("creditorId")), ref, null, debtor, List.of(debt)),
                errors);
    }

    private static BigDecimal decimal(int line, String ref, Map<String, String> row, String field, List<RowProblem> errors) {
        String value = blankToNull(row.get(field));
        String rule = value == null ? null : Decimals.violation(value);
        if (rule == null && value != null) {
            rule = Decimals.rangeViolation(new BigDecimal(value.strip()));
        }
        if (rule != null) {
            errors.add(new RowProblem(line, ref, field, rule));
            return null;
        }
        return value == null ? null : new BigDecimal(value.strip());
    }

    private static LocalDate date(int line, String ref, Map<String, String> row, String field, List<RowProblem> errors) {
        String value = blankToNull(row.get(field));
        try {
            LocalDate date = value == null ? null : LocalDate.parse(value);
            if (!Dates.inRange(date)) {
                errors.add(new RowProblem(line, ref, field, Dates.RULE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new RowProblem(line, ref, field, "is not a date like 2026-08-15"));
            return null;
        }
    }

    private static List<String> list(String value) {
        String v = blankToNull(value);
        return v == null ? List.of() : Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
