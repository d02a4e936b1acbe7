package org.collections.contact.compliance;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.collections.commons.rules.RuleViolation;

/**
 * One version of a rule pack as a document (a YAML file read into maps and lists): its id, the day it comes into
 * force, the jurisdictions it covers, and every parameter by name with its value and legal source. Read strictly:
 * an unknown or missing field, a value of the wrong kind, a parameter without a source or a file not named
 * {@code <id>@<effectiveFrom>.yaml} is an {@link InvalidRulePackException} naming the file and the field.
 *
 * @param pack          the pack, with its version and the source of every parameter
 * @param jurisdictions the country codes whose cases it judges by default (e.g. UK and GB)
 * @param title         the law it implements, in words
 */
public record RulePackDocument(RulePack pack, List<String> jurisdictions, String title) {

    static final Set<String> TOP_LEVEL = Set.of("id", "effectiveFrom", "jurisdictions", "title", "parameters");
    static final Set<String> PARAMETER_FIELDS = Set.of("value", "source");
    /** Every parameter a pack may have; a parameter left out leaves its rule out of the pack. */
    static final Set<String> PARAMETERS = Set.of("hoursStart", "hoursEnd", "nightConsentLiftsHours", "callCap",
            "callWindow", "callCoolDown", "dailyConnectedCallCap", "dailyUnansweredAttemptCap",
            "thirdPartyAfterFailedAttempts", "minVisitCollectors", "holidays", "blockingRestrictions",
            "honourStatedTimes", "validationNoticeDays", "legalHolidayCalendar");

    /**
     * @param file      the file's name, e.g. US_REGF@2021-11-30.yaml
     * @param document  the file's content as maps, lists, strings, numbers and booleans
     * @param calendars the legal holidays of a calendar by its id; throws IllegalArgumentException for an unknown one
     */
    public static RulePackDocument parse(String file, Object document, Function<String, Set<LocalDate>> calendars) {
        Reader reader = new Reader(file);
        Map<String, Object> doc = reader.map("(document)", document);
        reader.onlyKnown("", doc, TOP_LEVEL);
        String id = reader.text("id", doc.get("id"));
        if (!id.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw reader.invalid("id", "must be upper-case letters, digits and _ (e.g. US_REGF)");
        }
        LocalDate effectiveFrom = reader.date("effectiveFrom", doc.get("effectiveFrom"));
        String expectedName = id + "@" + effectiveFrom + ".yaml";
        if (!file.equals(expectedName)) {
            throw reader.invalid("id", "the file of " + id + " in force from " + effectiveFrom + " must be named "
                    + expectedName);
        }
        List<String> jurisdictions = reader.list("jurisdictions", doc.get("jurisdictions")).stream()
                .map(j -> reader.text("jurisdictions", j)).toList();
        if (jurisdictions.isEmpty()) {
            throw reader.invalid("jurisdictions", "must name at least one country code");
        }
        String title = reader.text("title", doc.get("title"));
        Map<String, Object> parameters = reader.map("parameters", doc.get("parameters"));
        reader.onlyKnown("parameters.", parameters, PARAMETERS);

        Map<String, String> sources = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            String field = "parameters." + p.getKey();
            Map<String, Object> parameter = reader.map(field, p.getValue());
            reader.onlyKnown(field + ".", parameter, PARAMETER_FIELDS);
            if (!parameter.containsKey("value")) {
                throw reader.invalid(field + ".value", "is required");
            }
            sources.put(p.getKey(), reader.text(field + ".source", parameter.get("source")));
            values.put(p.getKey(), parameter.get("value"));
        }
        Params params = new Params(reader, values);
        RulePack.Builder builder = RulePack.builder(id).effectiveFrom(effectiveFrom).sources(sources)
                .hours(params.time("hoursStart", true), params.time("hoursEnd", true))
                .nightConsentLiftsHours(params.bool("nightConsentLiftsHours"))
                .callFrequency(params.count("callCap"), params.duration("callWindow"))
                .callCoolDown(params.duration("callCoolDown"))
                .dailyConnectedCallCap(params.count("dailyConnectedCallCap"))
                .dailyUnansweredAttemptCap(params.count("dailyUnansweredAttemptCap"))
                .thirdPartyAfterFailedAttempts(params.count("thirdPartyAfterFailedAttempts"))
                .minVisitCollectors(params.count("minVisitCollectors"))
                .holidays(params.dates("holidays"))
                .blockingRestrictions(params.restrictions("blockingRestrictions"))
                .honourStatedTimes(params.bool("honourStatedTimes"))
                .validationNoticeDays(params.count("validationNoticeDays"));
        String calendar = params.text("legalHolidayCalendar");
        if (calendar != null) {
            try {
                builder.legalHolidays(calendars.apply(calendar));
            } catch (IllegalArgumentException e) {
                throw reader.invalid("parameters.legalHolidayCalendar.value", e.getMessage());
            }
        }
        try {
            return new RulePackDocument(builder.build(), jurisdictions, title);
        } catch (RuleViolation e) {
            throw reader.invalid("parameters." + e.field(), e.getMessage());
        }
    }

    /** The parameters' values, each read as its kind, null when absent. */
    private record Params(Reader reader, Map<String, Object> values) {

        private String field(String name) {
            return "parameters." + name + ".value";
        }

        LocalTime time(String name, boolean required) {
            Object v = values.get(name);
            if (v == null) {
                if (required) {
                    throw reader.invalid("parameters." + name, "is required");
                }
                return null;
            }
            try {
                return LocalTime.parse(reader.text(field(name), v));
            } catch (DateTimeException e) {
                throw reader.invalid(field(name), "must be a time of day as HH:mm");
            }
        }

        boolean bool(String name) {
            Object v = values.get(name);
            if (v == null) {
                return false;
            }
            if (!(v instanceof Boolean b)) {
                throw reader.invalid(field(name), "must be true or false");
            }
            return b;
        }

        Integer count(String name) {
            Object v = values.get(name);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Integer i) || i < 0) {
                throw reader.invalid(field(name), "must be a whole number, not negative");
            }
            return i;
        }

        Duration duration(String name) {
            Object v = values.get(name);
            if (v == null) {
                return null;
            }
            try {
                return Duration.parse(reader.text(field(name), v));
            } catch (DateTimeException e) {
                throw reader.invalid(field(name), "must be an ISO-8601 duration such as P7D");
            }
        }

        String text(String name) {
            Object v = values.get(name);
            return v == null ? null : reader.text(field(name), v);
        }

        Set<LocalDate> dates(String name) {
            Object v = values.get(name);
            Set<LocalDate> dates = new HashSet<>();
            if (v != null) {
                reader.list(field(name), v).forEach(d -> dates.add(reader.date(field(name), d)));
            }
            return dates;
        }

        Set<Restriction> restrictions(String name) {
            Object v = values.get(name);
            Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
            if (v != null) {
                for (Object r : reader.list(field(name), v)) {
                    String text = reader.text(field(name), r);
                    restrictions.add(Restriction.parse(text).orElseThrow(() -> reader.invalid(field(name),
                            "unknown restriction " + text + "; known: " + List.of(Restriction.values()))));
                }
            }
            return restrictions;
        }
    }

    /** Reads values of a document, naming the file and field of whatever is wrong. */
    record Reader(String file) {

        InvalidRulePackException invalid(String field, String problem) {
            return new InvalidRulePackException(file, field, problem);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String field, Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                throw invalid(field, value == null ? "is required" : "must be a mapping of named fields");
            }
            return (Map<String, Object>) map;
        }

        List<?> list(String field, Object value) {
            if (!(value instanceof List<?> list)) {
                throw invalid(field, value == null ? "is required" : "must be a list");
            }
            return list;
        }

        String text(String field, Object value) {
            if (!(value instanceof String text) || text.isBlank()) {
                throw invalid(field, value == null ? "is required" : "must be a non-empty text");
            }
            return text;
        }

        LocalDate date(String field, Object value) {
            try {
                return LocalDate.parse(text(field, value));
            } catch (DateTimeException e) {
                throw invalid(field, "must be a date as yyyy-MM-dd");
            }
        }

        void onlyKnown(String prefix, Map<String, Object> map, Set<String> known) {
            List<String> unknown = new ArrayList<>(map.keySet());
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw invalid(prefix + unknown.get(0), "unknown field; expected one of " + known.stream().sorted()
                        .toList());
            }
        }
    }
}
