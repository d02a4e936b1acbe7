package org.collections.contact.compliance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A calendar of legal public holidays (e.g. US_FEDERAL) read from its document: {@code id}, {@code source},
 * {@code from}, {@code until} and {@code days}, each day a {@code date} and a {@code name}, observed days included.
 */
public record HolidayCalendar(String id, String source, LocalDate from, LocalDate until, Set<LocalDate> days) {

    static final Set<String> FIELDS = Set.of("id", "source", "from", "until", "days");
    static final Set<String> DAY_FIELDS = Set.of("date", "name");

    public static HolidayCalendar parse(String file, Object document) {
        RulePackDocument.Reader reader = new RulePackDocument.Reader(file);
        Map<String, Object> doc = reader.map("(document)", document);
        reader.onlyKnown("", doc, FIELDS);
        String id = reader.text("id", doc.get("id"));
        if (!file.equals(id + ".yaml")) {
            throw reader.invalid("id", "the calendar " + id + " must be in the file " + id + ".yaml");
        }
        LocalDate from = reader.date("from", doc.get("from"));
        LocalDate until = reader.date("until", doc.get("until"));
        Set<LocalDate> days = new HashSet<>();
        int i = 0;
        for (Object entry : reader.list("days", doc.get("days"))) {
            String field = "days[" + i++ + "]";
            Map<String, Object> day = reader.map(field, entry);
            reader.onlyKnown(field + ".", day, DAY_FIELDS);
            reader.text(field + ".name", day.get("name"));
            LocalDate date = reader.date(field + ".date", day.get("date"));
            // An observed day may fall just before the calendar's first year (New Year's Day on a Saturday).
            if (date.isBefore(from.minusDays(1)) || date.isAfter(until)) {
                throw reader.invalid(field + ".date", date + " is outside the calendar's " + from + " to " + until);
            }
            days.add(date);
        }
        return new HolidayCalendar(id, reader.text("source", doc.get("source")), from, until, Set.copyOf(days));
    }
}
