package org.collections.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds values a schema accepts, preferring real ids of existing resources (seeds, by property or parameter
 * name, or by the path segment before a path parameter), then the document's examples, so that requests reach the
 * service's deep code rather than stopping at a 404 or a validation error.
 */
final class ValidValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final java.util.regex.Pattern UNIQUE = java.util.regex.Pattern.compile(
            "(?i).*(ref|reference|nationalid|code|idempotency).*");

    private final Map<String, List<String>> seeds;
    private final Random random;

    ValidValues(Map<String, List<String>> seeds, Random random) {
        this.seeds = seeds;
        this.random = random;
    }

    /** A seeded value for this name, or null. */
    String seed(String... names) {
        for (String name : names) {
            if (name == null) {
                continue;
            }
            List<String> values = seeds.get(name);
            if (values != null && !values.isEmpty()) {
                return values.get(random.nextInt(values.size()));
            }
        }
        return null;
    }

    JsonNode value(JsonNode schema, String name, int depth) {
        if (schema == null || schema.isMissingNode()) {
            return JSON.textNode("fuzz");
        }
        String seeded = seed(name);
        if (seeded != null && !isContainer(schema)) {
            return JSON.textNode(seeded);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return value(schema.get(combinator).get(0), name, depth);
            }
        }
        JsonNode example = schema.has("example") ? schema.get("example")
                : schema.path("examples").isArray() && schema.get("examples").size() > 0 ? schema.get("examples").get(0) : null;
        if (example != null && !isContainer(schema)) {
            // unique keys (references, id numbers, codes) made unique, so that requests do not all stop at a 409
            if (example.isTextual() && name != null && UNIQUE.matcher(name).matches()) {
                return JSON.textNode(example.asText() + (name.equalsIgnoreCase("code") ? "_" : "-")
                        + Integer.toString(random.nextInt(1_000_000), 36).toUpperCase(Locale.ROOT));
            }
            return example;
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = type(schema);
        switch (type) {
            case "object":
                ObjectNode object = JSON.objectNode();
                if (depth > 6) {
                    return object;
                }
                var required = new java.util.HashSet<String>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (required.contains(p.getKey()) || random.nextInt(10) < 8) {
                        object.set(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
                    }
                });
                return object;
            case "array":
                ArrayNode array = JSON.arrayNode();
                if (depth <= 6) {
                    array.add(value(schema.path("items"), singular(name), depth + 1));
                }
                return array;
            case "integer":
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                return JSON.numberNode(Math.max(min, 1));
            case "number":
                return JSON.numberNode(new java.math.BigDecimal("100.00"));
            case "boolean":
                return JSON.booleanNode(false);
            default:
                return JSON.textNode(string(schema, name));
        }
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        switch (format) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return "2026-12-20";
            case "date-time":
                return "2026-12-02T10:00:00Z";
            case "email":
                return "fuzz@example.org";
            default:
                break;
        }
        if (n.matches(".*(amount|principal|interest|fee|total|balance|discount|payment|price).*")) {
            return "100.00";
        }
        if (n.contains("currency")) {
            return "CNY";
        }
        if (n.contains("zone")) {
            return "Asia/Shanghai";
        }
        if (n.contains("phone")) {
            return "+8613800138000";
        }
        if (n.contains("email")) {
            return "fuzz@example.org";
        }
        if (n.contains("language") || n.contains("locale")) {
            return "zh-CN";
        }
        if (n.contains("jurisdiction")) {
            return "CN";
        }
        if (n.contains("date")) {
            return "2026-12-20";
        }
        if (n.endsWith("at") || n.contains("time") && !n.contains("zone")) {
            return "2026-12-02T10:00:00Z";
        }
        return "FUZZ-" + Integer.toString(random.nextInt(1_000_000), 36).toUpperCase(Locale.ROOT);
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray() && type.size() > 0) {
            return type.get(0).asText();
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private static boolean isContainer(JsonNode schema) {
        String type = type(schema);
        return type.equals("object") || type.equals("array");
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
