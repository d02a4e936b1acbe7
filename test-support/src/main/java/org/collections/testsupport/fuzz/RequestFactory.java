package org.collections.testsupport.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Turns operations into requests: a valid one (seeded ids, examples), and from it one request per attack on each
 * body value, each body as a whole, each query and path parameter and the headers.
 */
final class RequestFactory {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final ValidValues values;
    private final Random random;
    private final List<Map.Entry<String, String>> roles;
    private int sequence;

    RequestFactory(Map<String, List<String>> seeds, List<Map.Entry<String, String>> roles, Random random) {
        this.values = new ValidValues(seeds, random);
        this.roles = roles;
        this.random = random;
    }

    /** One request per attack of the catalogue on every part of the operation. */
    List<FuzzRequest> systematic(ApiOperation op) {
        List<FuzzRequest> requests = new ArrayList<>();
        requests.add(build(op, "valid", validBody(op), pathValues(op), queryValues(op), Map.of(), null));
        JsonNode body = validBody(op);
        if (body != null) {
            for (String pointer : leaves(body, "")) {
                JsonNode original = body.at(pointer);
                Attacks.values(original).forEach((name, value) -> {
                    FuzzRequest r = build(op, name + " at " + pointer, replaced(body, pointer, value), pathValues(op),
                            queryValues(op), Map.of(), null);
                    requests.add(Attacks.mustReject(name, original) ? r.rejectOnly() : r);
                });
            }
            for (String pointer : fields(body, "")) {
                requests.add(build(op, "missing " + pointer, removed(body, pointer), pathValues(op), queryValues(op), Map.of(), null));
            }
            for (String pointer : objects(body, "")) {
                requests.add(build(op, "extra field in " + (pointer.isEmpty() ? "/" : pointer),
                        replaced(body, pointer + "/unexpectedField", MAPPER.getNodeFactory().textNode("x")),
                        pathValues(op), queryValues(op), Map.of(), null));
            }
            wholeBodies(body).forEach((name, raw) -> {
                FuzzRequest r = build(op, name, null, pathValues(op), queryValues(op), Map.of(), raw);
                requests.add(name.equals("duplicate key") || name.equals("truncated JSON") ? r.rejectOnly() : r);
            });
            requests.add(withContentType(build(op, "wrong content type", body, pathValues(op), queryValues(op), Map.of(), null),
                    "text/plain"));
        }
        for (ApiOperation.Parameter p : op.parameters()) {
            if (p.in().equals("query") || p.in().equals("path")) {
                Attacks.parameters().forEach((name, value) -> {
                    Map<String, String> path = pathValues(op);
                    Map<String, String> query = queryValues(op);
                    (p.in().equals("path") ? path : query).put(p.name(), value);
                    FuzzRequest r = build(op, name + " in " + p.in() + " " + p.name(), body, path, query, Map.of(), null);
                    requests.add(name.equals("NUL") ? r.rejectOnly() : r);
                });
            }
            if (p.in().equals("header") && !p.name().equalsIgnoreCase("Authorization")) {
                for (String value : List.of("\"garbage\"", "A".repeat(8_000), "", "99999999999999999999999")) {
                    requests.add(build(op, "header " + p.name() + " = " + (value.length() > 30 ? "long" : value), body,
                            pathValues(op), queryValues(op), Map.of(p.name(), value), null));
                }
            }
        }
        if (op.method().equals("GET")) {
            Map<String, String> query = queryValues(op);
            query.put("page", "2147483647");
            requests.add(build(op, "oversized page", null, pathValues(op), query, Map.of(), null));
            Map<String, String> both = queryValues(op);
            both.put("page", "2147483647");
            both.put("size", "2147483647");
            requests.add(build(op, "oversized page and size", null, pathValues(op), both, Map.of(), null));
            Map<String, String> unknown = queryValues(op);
            unknown.put("unknownParameter", "x%00");
            requests.add(build(op, "unknown query parameter", null, pathValues(op), unknown, Map.of(), null));
        }
        Map<String, String> traversal = pathValues(op);
        requests.add(build(op, "path traversal suffix", body, traversal, queryValues(op), Map.of(), null)
                .withTarget(t -> t.replaceFirst("\\?|$", "/..%2F..%2F..%2Fetc%2Fpasswd$0")));
        return requests;
    }

    /** A request with one to three attacks of the catalogue combined, or none, at random. */
    FuzzRequest random(ApiOperation op, List<FuzzRequest> systematic) {
        if (random.nextInt(5) == 0) {
            // valid again: a fresh request, or the same one with its Idempotency-Key again (a replay)
            return random.nextBoolean() ? systematic.get(0) : build(op, "valid", validBody(op), pathValues(op),
                    queryValues(op), Map.of(), null);
        }
        FuzzRequest base = systematic.get(1 + random.nextInt(systematic.size() - 1));
        JsonNode body = validBody(op);
        if (body == null || base.body() == null || random.nextBoolean()) {
            return base;
        }
        List<String> leaves = leaves(body, "");
        if (leaves.isEmpty()) {
            return base;
        }
        // combine: a second attacked value in an otherwise valid body, with the first attack's parameters
        String pointer = leaves.get(random.nextInt(leaves.size()));
        List<Map.Entry<String, JsonNode>> attacks = new ArrayList<>(Attacks.values(body.at(pointer)).entrySet());
        var first = attacks.get(random.nextInt(attacks.size()));
        String other = leaves.get(random.nextInt(leaves.size()));
        var second = attacks.get(random.nextInt(attacks.size()));
        JsonNode twice = replaced(replaced(body, pointer, first.getValue()), other, second.getValue());
        FuzzRequest r = build(op, first.getKey() + " at " + pointer + " + " + second.getKey() + " at " + other, twice,
                pathValues(op), queryValues(op), Map.of(), null);
        // the second value may overwrite the first (same place): only a lone wrong value makes the request wrong
        boolean wrong = !pointer.equals(other) && !other.startsWith(pointer + "/") && !pointer.startsWith(other + "/")
                && (Attacks.mustReject(first.getKey(), body.at(pointer)) || Attacks.mustReject(second.getKey(), body.at(other)));
        return wrong ? r.rejectOnly() : r;
    }

    private FuzzRequest build(ApiOperation op, String attack, JsonNode body, Map<String, String> path,
            Map<String, String> query, Map<String, String> extraHeaders, byte[] rawBody) {
        var role = pickRole();
        String target = op.path();
        for (var p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v));
        Map<String, String> headers = new LinkedHashMap<>();
        for (ApiOperation.Parameter p : op.parameters()) {
            if (p.in().equals("header") && p.name().equalsIgnoreCase("Idempotency-Key")) {
                headers.put("Idempotency-Key", "fuzz-" + UUID.randomUUID());
            }
        }
        if (op.method().equals("POST") && !headers.containsKey("Idempotency-Key") && random.nextInt(4) == 0) {
            headers.put("Idempotency-Key", "fuzz-" + UUID.randomUUID());
        }
        headers.putAll(extraHeaders);
        byte[] bytes = rawBody != null ? rawBody : body == null ? null : encode(body);
        String contentType = bytes == null ? null
                : op.bodyMediaType() == null || op.bodyMediaType().contains("*") ? "application/json" : op.bodyMediaType();
        if (bytes == null && op.bodyMediaType() != null && op.mutating()) {
            bytes = new byte[0];
            contentType = "application/json";
        }
        return new FuzzRequest(op, attack, role.getKey(), role.getValue(), op.method(), target + q, headers, bytes, contentType,
                false);
    }

    private Map.Entry<String, String> pickRole() {
        // most requests as the first role (the one that reaches deepest), the rest spread over the others
        sequence++;
        if (roles.size() == 1 || sequence % 5 < 3) {
            return roles.get(0);
        }
        return roles.get(1 + random.nextInt(roles.size() - 1));
    }

    private static FuzzRequest withContentType(FuzzRequest r, String contentType) {
        return new FuzzRequest(r.operation(), r.attack(), r.role(), r.token(), r.method(), r.target(), r.headers(), r.body(),
                contentType, true);
    }

    JsonNode validBody(ApiOperation op) {
        if (op.bodySchema() == null || op.bodyMediaType() == null || !op.bodyMediaType().contains("json")) {
            return null;
        }
        return values.value(op.bodySchema(), null, 0);
    }

    Map<String, String> pathValues(ApiOperation op) {
        Map<String, String> path = new LinkedHashMap<>();
        String[] segments = op.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String name = segments[i].substring(1, segments[i].length() - 1);
                String seeded = values.seed(name, i > 0 ? segments[i - 1] : null);
                if (seeded == null) {
                    ApiOperation.Parameter p = parameter(op, name);
                    JsonNode v = values.value(p == null ? null : p.schema(), name, 0);
                    seeded = v.asText();
                }
                path.put(name, encode(seeded));
            }
        }
        return path;
    }

    private Map<String, String> queryValues(ApiOperation op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiOperation.Parameter p : op.parameters()) {
            if (p.in().equals("query") && (p.required() || random.nextInt(3) == 0)) {
                String seeded = values.seed(p.name());
                query.put(p.name(), encode(seeded != null ? seeded : values.value(p.schema(), p.name(), 0).asText()));
            }
        }
        return query;
    }

    private static ApiOperation.Parameter parameter(ApiOperation op, String name) {
        return op.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private Map<String, byte[]> wholeBodies(JsonNode body) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        raw.put("empty body", new byte[0]);
        raw.put("null body", utf8("null"));
        raw.put("array body", utf8("[" + text(body) + "]"));
        raw.put("string body", utf8("\"text\""));
        raw.put("truncated JSON", utf8(text(body).substring(0, Math.max(1, text(body).length() / 2))));
        raw.put("deeply nested body", utf8("[".repeat(Attacks.NESTING) + "]".repeat(Attacks.NESTING)));
        raw.put("deeply nested object body", utf8("{\"a\":".repeat(Attacks.NESTING) + "1" + "}".repeat(Attacks.NESTING)));
        if (body.isObject() && body.fieldNames().hasNext()) {
            String first = body.fieldNames().next();
            String json = text(body);
            raw.put("duplicate key", utf8("{\"" + first + "\":" + text(Attacks.values(body.get(first)).get("wrong type"))
                    + "," + json.substring(1)));
            raw.put("trailing garbage", utf8(json + "}{"));
            raw.put("comment in JSON", utf8("/* c */" + json));
        }
        return raw;
    }

    private static List<String> leaves(JsonNode node, String pointer) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> out.addAll(leaves(e.getValue(), pointer + "/" + escape(e.getKey()))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(leaves(node.get(i), pointer + "/" + i));
            }
            out.add(pointer);
        } else {
            out.add(pointer);
        }
        return out;
    }

    private static List<String> fields(JsonNode node, String pointer) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                out.add(pointer + "/" + escape(e.getKey()));
                out.addAll(fields(e.getValue(), pointer + "/" + escape(e.getKey())));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(fields(node.get(i), pointer + "/" + i));
            }
        }
        return out;
    }

    private static List<String> objects(JsonNode node, String pointer) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            out.add(pointer);
            node.fields().forEachRemaining(e -> out.addAll(objects(e.getValue(), pointer + "/" + escape(e.getKey()))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(objects(node.get(i), pointer + "/" + i));
            }
        }
        return out;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static JsonNode removed(JsonNode body, String pointer) {
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~"));
        }
        return copy;
    }

    /** The body's bytes, with the markers of values JSON trees cannot hold replaced by the raw hostile text. */
    static byte[] encode(JsonNode body) {
        String json = text(body)
                .replace("\"" + Attacks.DEEP_MARKER + "\"", "[".repeat(Attacks.NESTING) + "]".repeat(Attacks.NESTING))
                .replace(Attacks.SURROGATE_MARKER, "\\ud800fuzz");
        int at = json.indexOf(Attacks.OVERLONG_MARKER);
        if (at < 0) {
            return utf8(json);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(json.substring(0, at)));
        out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF});
        out.writeBytes(utf8(json.substring(at + Attacks.OVERLONG_MARKER.length())));
        return out.toByteArray();
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
