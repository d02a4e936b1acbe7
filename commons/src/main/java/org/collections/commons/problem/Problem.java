package org.collections.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field errors for validation failures. Exception mappers return it
 * inside a {@code Response}, where Quarkus cannot see its type: registered for reflection (with FieldError) in a native
 * image.
 */
@RegisterForReflection(ignoreNested = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /**
     * Problem types are URI references relative to the API's host: through the gateway, {@code /problems/validation}
     * is a page that says what the problem means and what to do (RFC 9457 resolves a relative type against the
     * request's URI).
     */
    public static final String TYPE_BASE = "/problems/";

    public record FieldError(String field, String message) {
    }
}
