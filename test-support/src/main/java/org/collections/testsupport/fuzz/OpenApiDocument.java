package org.collections.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a service's own OpenAPI document ({@code /q/openapi?format=json}) into its operations. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final int MAX_REF_DEPTH = 8;

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument fetch(String baseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("OpenAPI document answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI JSON document", e);
        }
    }

    /** Every operation of the document, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<ApiOperation.Parameter> shared = parameters(path.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<ApiOperation.Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(op.path("parameters")));
                JsonNode content = resolve(op.path("requestBody"), 0).path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode schema = mediaType == null ? null : resolve(content.path(mediaType).path("schema"), 0);
                operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(),
                        op.path("operationId").asText(null), parameters, schema, mediaType));
            }
        }
        return operations;
    }

    private List<ApiOperation.Parameter> parameters(JsonNode list) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode parameter = resolve(p, 0);
            parameters.add(new ApiOperation.Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"), 0)));
        }
        return parameters;
    }

    /** The node with every {@code $ref} inside it replaced by its target (recursive schemas cut at a depth). */
    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || depth > MAX_REF_DEPTH) {
            return node;
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            ObjectNode merged = ((ObjectNode) resolve(target, depth + 1)).deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), resolve(e.getValue(), depth)));
            return copy;
        }
        if (node.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).deepCopy();
            for (int i = 0; i < node.size(); i++) {
                copy.set(i, resolve(node.get(i), depth));
            }
            return copy;
        }
        return node;
    }
}
