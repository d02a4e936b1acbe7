package org.collections.contact.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collections.contact.compliance.HolidayCalendar;
import org.collections.contact.compliance.InvalidRulePackException;
import org.collections.contact.compliance.RulePackCatalog;
import org.collections.contact.compliance.RulePackDocument;

/**
 * Reads the rule pack documents of a resource directory: its {@code index.yaml} lists the pack files and the
 * holiday calendars (in {@code calendars/}). YAML is read into plain maps and lists (no reflection), then checked
 * field by field; anything wrong is an {@link InvalidRulePackException} naming the file and the field.
 */
public final class RulePackFiles {

    /** A key given twice is an error, not a silent override of the first value. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RulePackFiles() {
    }

    public static RulePackCatalog load(ClassLoader loader, String directory) {
        Map<String, Object> index = asMap(directory + "/index.yaml", read(loader, directory + "/index.yaml"));
        Map<String, Set<LocalDate>> calendars = new HashMap<>();
        for (String file : names(directory + "/index.yaml", "calendars", index.get("calendars"))) {
            HolidayCalendar calendar = HolidayCalendar.parse(file, read(loader, directory + "/calendars/" + file));
            calendars.put(calendar.id(), calendar.days());
        }
        Map<String, RulePackDocument> documents = new LinkedHashMap<>();
        for (String file : names(directory + "/index.yaml", "packs", index.get("packs"))) {
            documents.put(file, RulePackDocument.parse(file, read(loader, directory + "/" + file), id -> {
                Set<LocalDate> days = calendars.get(id);
                if (days == null) {
                    throw new IllegalArgumentException("no holiday calendar " + id + " in the index");
                }
                return days;
            }));
        }
        if (documents.isEmpty()) {
            throw new InvalidRulePackException(directory + "/index.yaml", "packs", "must list at least one pack");
        }
        return RulePackCatalog.of(documents);
    }

    private static Object read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidRulePackException(resource, "(file)", "not found on the class path");
            }
            return YAML.readValue(in, Object.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRulePackException(resource, "(document)", "not valid YAML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidRulePackException(resource, "(file)", "cannot be read: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String file, Object document) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidRulePackException(file, "(document)", "must be a mapping of named fields");
        }
        return (Map<String, Object>) map;
    }

    private static List<String> names(String file, String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(v -> v instanceof String)) {
            throw new InvalidRulePackException(file, field, "must be a list of file names");
        }
        return list.stream().map(String.class::cast).toList();
    }
}
