package org.collections.commons.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes a service's document the public contract: only {@code /api/} paths (never the internal inbox, test-only or
 * framework endpoints), the authentication described on the bearer scheme, and the problem+json error responses of
 * every operation with the Problem schema they share. An error status an operation declares with only a description
 * (a 409 saying which conflict) becomes a problem whose example has that status and description; the statuses every
 * operation can answer and does not declare are added with a generic example.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** How a client authenticates; the gateway's merged document uses the same text. */
    public static final String AUTHENTICATION = """
            Every `/api/v1` call carries `Authorization: Bearer <token>`: an RS256-signed JWT.

            * Issuer (`iss`): `collections-platform`. Audience (`aud`): `collections-api`.
            * `sub`: the acting user or client, recorded as the actor of every change.
            * `groups`: the role, one of `admin`, `supervisor`, `collector`, `agency`, `auditor`.
            * `agency_id`: required on `agency` tokens. An agency sees only the cases placed with it, with personal \
            data masked.
            * Lifetime: `exp - iat` at most 24 hours; a token issued more than 60 seconds in the future is refused. \
            Client-credential tokens live 15 minutes.

            Getting a token: staff applications obtain one from the platform's identity provider. Partner agencies \
            use the OAuth2 client-credentials grant at `POST /oauth2/token` with the client id and secret issued at \
            registration, or call over mutual TLS with their registered client certificate: the certificate's agency \
            is then enforced, and a token naming another agency is refused with 403.

            A missing, expired or otherwise invalid token is answered 401 with \
            `WWW-Authenticate: Bearer realm="collections"` (and `error="invalid_token"` when a token was sent).
            """;

    // sorted, so the document is the same on every build (Map.of iterates in a different order on every run)
    private static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "The request body is not JSON, or the request is malformed",
            "401", "Missing or invalid bearer token",
            "403", "The caller's role may not perform this operation",
            "404", "The resource does not exist, or is not visible to the caller",
            "409", "Illegal state transition, duplicate, or concurrent modification",
            "412", "If-Match names an outdated version",
            "414", "The request URI is too long",
            "422", "Validation failed (with field errors): a missing or malformed field, an unknown property or value, "
                    + "a value outside its accepted range (decimal digits or exponent, amounts beyond 15 integer digits, "
                    + "dates outside 1900-2200), a page limit above 200 or a foreign cursor, or an Idempotency-Key "
                    + "reused with a different request"));

    private static final Map<String, String> BODY_ERRORS = new TreeMap<>(Map.of(
            "413", "The request body is larger than the limit for JSON bodies",
            "415", "The Content-Type is not supported"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().values().stream()
                    .filter(scheme -> scheme.getType() == SecurityScheme.Type.HTTP)
                    .forEach(scheme -> scheme.setDescription(AUTHENTICATION));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        new ArrayList<>(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> !path.startsWith("/api/"))
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                if (operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (status.matches("[45]\\d\\d") && response.getRef() == null && (response.getContent() == null
                                || response.getContent().getMediaTypes() == null
                                || response.getContent().getMediaTypes().isEmpty())) {
                            response.setContent(content(example(Integer.parseInt(status), response.getDescription())));
                        }
                    });
                }
                ERRORS.forEach((status, description) -> {
                    if (operation.getResponses().getAPIResponse(status) == null) {
                        operation.getResponses().addAPIResponse(status, problem(status, description));
                    }
                });
                if (operation.getRequestBody() != null) {
                    BODY_ERRORS.forEach((status, description) -> {
                        if (operation.getResponses().getAPIResponse(status) == null) {
                            operation.getResponses().addAPIResponse(status, problem(status, description));
                        }
                    });
                }
            });
        });
    }

    private static APIResponse problem(String status, String description) {
        return OASFactory.createAPIResponse().description(description).content(content(example(Integer.parseInt(status))));
    }

    private static Content content(Map<String, Object> example) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .example(example));
    }

    /** What a client really receives with this status, so Swagger UI never shows {@code status: 0}. */
    private static Map<String, Object> example(int status) {
        if (status != 422) {
            return example(status, ProblemMappers.clientDetail(status, typeAndTitle(status)[1]));
        }
        Map<String, Object> example = example(status, "limit: must be a whole number between 1 and 200");
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", "limit");
        error.put("message", "must be a whole number between 1 and 200");
        example.put("errors", List.of(error));
        return example;
    }

    private static Map<String, Object> example(int status, String detail) {
        String[] typeAndTitle = typeAndTitle(status);
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + typeAndTitle[0]);
        example.put("title", typeAndTitle[1]);
        example.put("status", status);
        example.put("detail", detail);
        return example;
    }

    private static String[] typeAndTitle(int status) {
        return switch (status) {
            case 400 -> new String[] {"malformed-json", "Malformed JSON"};
            case 401 -> new String[] {"unauthorized", "Unauthorized"};
            case 403 -> new String[] {"forbidden", "Forbidden"};
            case 404 -> new String[] {"not-found", "Not found"};
            case 409 -> new String[] {"conflict", "Conflict"};
            case 412 -> new String[] {"precondition-failed", "Precondition failed"};
            case 413 -> new String[] {"payload-too-large", "Payload too large"};
            case 414 -> new String[] {"uri-too-long", "URI too long"};
            case 415 -> new String[] {"unsupported-media-type", "Unsupported media type"};
            case 422 -> new String[] {"validation", "Validation failed"};
            case 428 -> new String[] {"precondition-required", "Precondition required"};
            case 503 -> new String[] {"dependency-unavailable", "Service unavailable"};
            default -> new String[] {"internal", "Internal error"};
        };
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field, or one compliance rule, that failed")
                .addProperty("field", string("The field, parameter or header, as a path into the request like "
                        + "debts[0].principal; or the id of the rule that blocked, like US_REGF.CALL_FREQUENCY")
                        .examples(List.of("debts[0].principal")))
                .addProperty("message", string("What is wrong with it")
                        .examples(List.of("has more decimals than JPY allows (0)")));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string("URI reference naming the kind of problem; resolved against the API's "
                        + "host it is a page that explains the problem and what to do")
                        .examples(List.of(Problem.TYPE_BASE + "validation")))
                .addProperty("title", string("Short, fixed summary of the problem type").examples(List.of("Validation failed")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code of the response")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .examples(List.of(422)))
                .addProperty("detail", string("What went wrong with this request, for a person to read")
                        .examples(List.of("debts[0].principal: has more decimals than JPY allows (0)")))
                .addProperty("instance", string("The path of the request that failed").examples(List.of("/api/v1/cases")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("What failed, one entry each: the fields of a validation problem (422), or "
                                + "the compliance rules (by rule id) that blocked a contact or template; absent otherwise")
                        .items(fieldError));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
