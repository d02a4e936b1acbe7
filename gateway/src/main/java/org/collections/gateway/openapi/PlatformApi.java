package org.collections.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.collections.commons.problem.ProblemResponsesFilter;

/** The platform's merged document as the gateway serves it and the api-client build writes it: text and formats. */
public final class PlatformApi {

    public static final String VERSION = "1.0";
    public static final String DESCRIPTION = """
            The public API of the collections platform, served by the gateway: cases, debtors, debts, placements \
            and disputes (case-service); compliant contact decisions, scheduling and the attempt ledger \
            (contact-service); repayment plans, payments, promises and settlements (plan-service); partner \
            webhooks and clients (gateway).

            * Errors are RFC 9457 `application/problem+json`. Each problem `type` (for example \
            `/problems/validation`) is a page on this host that explains it; `/problems` lists them all. \
            Validation failures are 422 with a list of field errors.
            * Lists are cursor pages: `limit` (default 50, at most 200) and the opaque `cursor` of the previous \
            page's `nextCursor`.
            * POSTs that create a resource or move money take an `Idempotency-Key`; a replay answers the \
            original response with `Idempotent-Replayed: true`.
            * Updates take `If-Match` with the `ETag` of the version read; a stale version is 412.""";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private PlatformApi() {
    }

    public static OpenApiMerger merger() {
        return new OpenApiMerger(VERSION, DESCRIPTION, ProblemResponsesFilter.AUTHENTICATION);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    public static String json(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
