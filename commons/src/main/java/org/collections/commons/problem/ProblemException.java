package org.collections.commons.problem;

import java.util.List;

/** An error that carries its own problem+json rendering: status, a stable type slug, a title and a detail. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String typeSlug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, null);
    }

    public ProblemException(int status, String typeSlug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(422, "validation", "Validation failed", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 422: a well-formed value the rules cannot accept, naming the field. */
    public static ProblemException unprocessableField(String typeSlug, String title, String field, String message) {
        return new ProblemException(422, typeSlug, title, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String typeSlug, String detail) {
        return new ProblemException(409, typeSlug, "Conflict", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + typeSlug, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
