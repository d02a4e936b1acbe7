package org.collections.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.collections.commons.json.InputRejectedException;
import org.collections.commons.rules.RuleViolation;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every error as RFC 9457 problem+json, so no client ever sees a stack trace or an HTML page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        String detail = e.field() == null ? e.getMessage() : e.field() + ": " + e.getMessage();
        return respond(new Problem(Problem.TYPE_BASE + e.type(), e.title(), 422, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Validation failed", 422, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    // Quarkus ships mappers for these Jackson subtypes; ours are more specific than JsonProcessingException,
    // so they are declared one by one to win.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return conflictOnConcurrentWrite(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return conflictOnConcurrentWrite(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "A valid bearer token is required", path(uri), null));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role may not perform this operation", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        if (cause instanceof ProblemException pe) {
            // a query parameter that did not convert (http/QueryParamConverters), wrapped by JAX-RS in a 404
            return problem(pe, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status >= 500 ? "The request could not be completed" : clientDetail(status, title);
        return respond(new Problem(Problem.TYPE_BASE + slug(title), title, status, detail, path(uri), null));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable root = unwrap(e);
        if (root != e) {
            if (root instanceof DependencyUnavailableException unavailable) {
                return new DependencyProblemMapper().unavailable(unavailable, uri);
            }
            if (root instanceof ProblemException pe) {
                return problem(pe, uri);
            }
            if (root instanceof RuleViolation violation) {
                return ruleViolation(violation, uri);
            }
            if (root instanceof OptimisticLockException || root instanceof StaleStateException) {
                return conflictOnConcurrentWrite(uri);
            }
        }
        String sqlState = sqlState(e);
        if (sqlState != null && sqlState.startsWith("23")) {
            // a unique or foreign-key constraint lost a race with a concurrent request: nothing was written
            return respond(new Problem(Problem.TYPE_BASE + "conflict", "Conflict", 409,
                    "The request conflicts with the current state (a record with the same key exists or was changed "
                    + "concurrently); reload and retry", path(uri), null));
        }
        if (sqlState != null && sqlState.startsWith("22")) {
            // data exception: a value the database cannot represent (out of range, NUL in text) slipped through
            LOG.warn("Database rejected a value, SQLState " + sqlState);
            return respond(new Problem(Problem.TYPE_BASE + "validation", "Validation failed", 422,
                    "A value in the request is out of range or not representable", path(uri), null));
        }
        if (lostDatabaseConnection(e)) {
            LOG.warn("Database connection lost during a request: " + root);
            return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "database-unavailable",
                    "Service unavailable", 503, "The database connection was lost; the request was not completed. "
                    + "Retry it (with the same Idempotency-Key, where one applies)", path(uri), null)))
                    .header("Retry-After", 1).build();
        }
        LOG.error("Unexpected error", e);
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "The request could not be completed; nothing was changed", path(uri), null));
    }

    static Problem jsonProblem(JsonProcessingException e, String instance) {
        if (e instanceof JsonParseException || e instanceof StreamReadException && !(e instanceof JsonMappingException)) {
            String detail = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    ? "The request body is not valid JSON: a key appears twice in one object"
                    : "The request body is not valid JSON" + location(e);
            return new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400, detail, instance, null);
        }
        String field = e instanceof JsonMappingException jme ? fieldPath(jme) : "";
        String fieldName = field.isEmpty() ? "body" : field;
        int status = 422;
        String message;
        if (e instanceof InputRejectedException rejected) {
            status = rejected.status();
            message = rejected.rule();
        } else if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(ife.getTargetType().getEnumConstants());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known property";
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            message = "has the wrong format or type (expected " + describe(mie.getTargetType()) + ")";
        } else {
            // Jackson's own messages quote the input and name Java classes: never pass them on
            message = "is missing or has the wrong format or type";
        }
        return new Problem(Problem.TYPE_BASE + "validation", "Validation failed", status,
                fieldName + ": " + message, instance, List.of(new Problem.FieldError(fieldName, message)));
    }

    /** A JSON-level name for a target type, so no Java class name reaches a client. */
    static String describe(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == java.math.BigDecimal.class || type == Double.class || type == double.class
                || type == Float.class || type == float.class) {
            return "a decimal number";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2026-03-31";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an instant like 2026-03-31T12:00:00Z";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** The framework's messages may quote the request (a path, a header, a value): answer with the rule instead. */
    static String clientDetail(int status, String title) {
        return switch (status) {
            case 404 -> "The resource does not exist";
            case 405 -> "The method is not allowed on this resource";
            case 406 -> "The requested media type cannot be produced; accept application/json";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "The request's Content-Type is not supported; send application/json";
            default -> title == null ? "The request was rejected" : title;
        };
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private Response conflictOnConcurrentWrite(UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "concurrent-modification", "Conflict", 409,
                "The resource was changed by another request; reload it and retry", path(uri), null));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // property paths look like "create.request.debts[0].principal": drop the method and parameter names
        String[] parts = Arrays.stream(v.getPropertyPath().toString().split("\\."))
                .filter(part -> !part.startsWith("<"))
                .toArray(String[]::new);
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }

    /**
     * The server ended the session (57P01 admin shutdown, 08xxx connection errors), or the socket closed under the
     * query; Mutiny may report it as one of several causes.
     */
    private static boolean lostDatabaseConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CompositeException composite
                    && composite.getCauses().stream().anyMatch(ProblemMappers::lostDatabaseConnection)) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("57P") || pg.getSqlState().startsWith("08"))) {
                return true;
            }
            if (t instanceof ClosedConnectionException || t instanceof SocketException
                    || String.valueOf(t.getMessage()).startsWith("Connection is not active now")) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first database error among the causes, including each cause of a Mutiny composite. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CompositeException composite) {
                for (Throwable cause : composite.getCauses()) {
                    String state = sqlState(cause);
                    if (state != null) {
                        return state;
                    }
                }
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                return pg.getSqlState();
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getSQLState() != null) {
                return cve.getSQLState();
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof ProblemException || t instanceof RuleViolation) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    static Response respond(Problem problem) {
        if (problem.status() == 404 && problem.instance() != null) {
            // an unknown path may carry anything a client typed into it: do not echo it
            problem = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), null, problem.errors());
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
