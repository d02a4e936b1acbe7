package org.collections.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that make an OpenAPI document a contract a client can be generated from (issue 11). {@link #violations}
 * lists every broken rule as one readable line ("POST /api/v1/cases 201: no Location header"); an empty list means the
 * document passes. No test framework here: a test asserts the list is empty.
 *
 * <ul>
 * <li>every operation under {@code /api/} has an operationId, lowerCamel, unique in the document;</li>
 * <li>every operation documents a success (2xx) response; every 2xx except 204 has content with a schema;</li>
 * <li>every 201 documents a {@code Location} header and a schema;</li>
 * <li>every 4xx/5xx response is {@code application/problem+json} with the {@code Problem} schema, and nothing else;</li>
 * <li>no {@code /internal/} or {@code /test/} path;</li>
 * <li>no schema named after Jackson's tree types ({@code JsonNode}, {@code ObjectNode}, {@code ArrayNode}...);</li>
 * <li>no 2xx response is a bare array: lists come in the cursor page envelope ({@code items}, {@code nextCursor},
 * {@code limit}), and an operation answering with that envelope takes {@code limit} and {@code cursor} query
 * parameters.</li>
 * </ul>
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern FORBIDDEN_PATH = Pattern.compile("(^|/)(internal|test)(/|$)");
    private static final Set<String> JACKSON_TREE_TYPES = Set.of("JsonNode", "ObjectNode", "ArrayNode", "TextNode",
            "ValueNode", "ContainerNode", "NumericNode", "BaseJsonNode");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> ENVELOPE_PROPERTIES = Set.of("items", "nextCursor", "limit");

    private OpenApiContract() {
    }

    /** The violations of the document given as JSON text (as served by {@code /q/openapi?format=json}). */
    public static List<String> violations(String openApiJson) {
        try {
            return violations(JSON.readTree(openApiJson));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON OpenAPI document", e);
        }
    }

    /** The violations of a parsed document. */
    public static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        schemas.fieldNames().forEachRemaining(name -> {
            if (JACKSON_TREE_TYPES.contains(name)) {
                violations.add("schema " + name + ": a Jackson tree type; use a typed record or Map<String, Object>");
            }
        });
        Map<String, String> operationIds = new LinkedHashMap<>();
        forEachOperation(document, (path, method, operation, pathItem) -> {
            String where = method.toUpperCase() + " " + path;
            if (FORBIDDEN_PATH.matcher(path).find()) {
                violations.add(where + ": internal and test-only paths stay out of the public document");
            }
            if (!path.startsWith("/api/")) {
                return;
            }
            checkOperationId(where, operation, operationIds, violations);
            JsonNode responses = operation.path("responses");
            boolean success = false;
            for (Iterator<String> statuses = responses.fieldNames(); statuses.hasNext(); ) {
                success |= statuses.next().startsWith("2");
            }
            if (!success) {
                violations.add(where + ": no success (2xx) response");
            }
            List<JsonNode> parameters = new ArrayList<>();
            pathItem.path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            responses.fields().forEachRemaining(entry -> checkResponse(document, where, parameters, entry.getKey(),
                    resolve(document, entry.getValue(), "responses"), violations));
        });
        return violations;
    }

    /** operationId → "METHOD path" of every /api operation: merge several documents' maps to check suite-wide uniqueness. */
    public static Map<String, String> operationIds(JsonNode document) {
        Map<String, String> ids = new LinkedHashMap<>();
        forEachOperation(document, (path, method, operation, pathItem) -> {
            String id = operation.path("operationId").asText("");
            if (path.startsWith("/api/") && !id.isEmpty()) {
                ids.putIfAbsent(id, method.toUpperCase() + " " + path);
            }
        });
        return ids;
    }

    private static void checkOperationId(String where, JsonNode operation, Map<String, String> seen,
            List<String> violations) {
        String id = operation.path("operationId").asText("");
        if (id.isEmpty()) {
            violations.add(where + ": no operationId");
            return;
        }
        if (!LOWER_CAMEL.matcher(id).matches()) {
            violations.add(where + ": operationId " + id + " is not lowerCamel");
        }
        String previous = seen.putIfAbsent(id, where);
        if (previous != null) {
            violations.add(where + ": operationId " + id + " is also used by " + previous);
        }
    }

    private static void checkResponse(JsonNode document, String where, List<JsonNode> parameters, String status,
            JsonNode response, List<String> violations) {
        String at = where + " " + status;
        if (status.startsWith("2")) {
            if (status.equals("204")) {
                if (hasContent(response)) {
                    violations.add(at + ": a 204 has no body; document 200 with its schema instead");
                }
                return;
            }
            if (!hasContent(response)) {
                violations.add(at + ": no body schema (a generated client would type it void)");
                return;
            }
            response.path("content").fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                if (schema.isMissingNode() || schema.isEmpty()) {
                    violations.add(at + " " + media.getKey() + ": no schema");
                    return;
                }
                JsonNode resolved = resolve(document, schema, "schemas");
                if (isArray(resolved)) {
                    violations.add(at + ": a bare array; lists come in the cursor page envelope");
                } else if (isEnvelope(resolved) && !(hasQueryParameter(document, parameters, "limit")
                        && hasQueryParameter(document, parameters, "cursor"))) {
                    violations.add(at + ": a cursor page without the limit and cursor query parameters");
                }
            });
            if (status.equals("201") && !hasHeader(response, "Location")) {
                violations.add(at + ": no Location header");
            }
        } else if (status.startsWith("4") || status.startsWith("5")) {
            JsonNode content = response.path("content");
            JsonNode problem = content.path("application/problem+json");
            if (problem.isMissingNode()) {
                violations.add(at + ": not application/problem+json");
            } else if (!PROBLEM_REF.equals(problem.path("schema").path("$ref").asText())) {
                violations.add(at + ": problem+json without the Problem schema");
            }
            content.fieldNames().forEachRemaining(mediaType -> {
                if (!mediaType.equals("application/problem+json")) {
                    violations.add(at + ": error documented as " + mediaType + "; errors are application/problem+json");
                }
            });
        }
    }

    private static boolean hasContent(JsonNode response) {
        return response.path("content").fieldNames().hasNext();
    }

    private static boolean hasHeader(JsonNode response, String name) {
        Iterator<String> headers = response.path("headers").fieldNames();
        while (headers.hasNext()) {
            if (headers.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQueryParameter(JsonNode document, List<JsonNode> parameters, String name) {
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(document, parameter, "parameters");
            if (name.equals(resolved.path("name").asText()) && "query".equals(resolved.path("in").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArray(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("array".equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "array".equals(type.asText());
    }

    private static boolean isEnvelope(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return ENVELOPE_PROPERTIES.stream().allMatch(properties::has);
    }

    /** Follows a local {@code $ref} into {@code #/components/<kind>/}, once; anything else is returned as it is. */
    private static JsonNode resolve(JsonNode document, JsonNode node, String kind) {
        String ref = node.path("$ref").asText("");
        String prefix = "#/components/" + kind + "/";
        if (ref.startsWith(prefix)) {
            return document.path("components").path(kind).path(ref.substring(prefix.length()));
        }
        return node;
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation, JsonNode pathItem);
    }

    private static void forEachOperation(JsonNode document, OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                visitor.visit(path.getKey(), op.getKey(), op.getValue(), path.getValue());
            }
        }));
    }
}
