package org.collections.cases.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.collections.cases.domain.RetentionPolicies;
import org.collections.cases.domain.RetentionPolicy;

/**
 * Reads the retention policies document (see {@code retention/retention-policies.yaml}); anything wrong stops the
 * service at startup with the entry and field named, as a wrong retention period must not erase anything.
 */
public final class RetentionPolicyFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RetentionPolicyFile() {
    }

    public static RetentionPolicies read(String name, InputStream in) {
        JsonNode document;
        try {
            document = YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": not a readable YAML document: " + e.getMessage());
        }
        JsonNode entries = document == null ? null : document.get("policies");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new IllegalStateException(name + ": policies must be a non-empty list");
        }
        List<RetentionPolicy> policies = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            policies.add(policy(name + ": policies[" + i + "]", entries.get(i)));
        }
        try {
            return new RetentionPolicies(policies);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": " + e.getMessage());
        }
    }

    private static RetentionPolicy policy(String where, JsonNode entry) {
        String jurisdiction = text(where, entry, "jurisdiction");
        if (!jurisdiction.matches("[A-Z]{2}")) {
            throw new IllegalStateException(where + ".jurisdiction must be an ISO 3166 country code like US");
        }
        LocalDate effectiveFrom;
        try {
            effectiveFrom = LocalDate.parse(text(where, entry, "effectiveFrom"));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ".effectiveFrom must be a date like 2021-11-30");
        }
        JsonNode records = entry.path("records");
        JsonNode contactLogs = entry.path("contactLogs");
        return new RetentionPolicy(jurisdiction, effectiveFrom, period(where + ".records", records),
                text(where + ".records", records, "source"), period(where + ".contactLogs", contactLogs),
                text(where + ".contactLogs", contactLogs, "source"));
    }

    private static Period period(String where, JsonNode node) {
        try {
            Period period = Period.parse(text(where, node, "keep"));
            if (period.isZero() || period.isNegative()) {
                throw new DateTimeParseException("not positive", "", 0);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ".keep must be a positive ISO-8601 period like P3Y");
        }
    }

    private static String text(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException(where + "." + field + " is required");
        }
        return value.asText();
    }
}
