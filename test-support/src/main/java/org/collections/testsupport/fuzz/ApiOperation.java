package org.collections.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of a service's OpenAPI document, with every schema resolved ($ref replaced by the component).
 *
 * @param bodySchema the request body's JSON schema, or null when the operation takes no JSON body
 * @param bodyMediaType the first media type of the request body, or null without a body
 */
public record ApiOperation(String method, String path, String operationId, List<Parameter> parameters,
        JsonNode bodySchema, String bodyMediaType) {

    public boolean mutating() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    public String name() {
        return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }
}
