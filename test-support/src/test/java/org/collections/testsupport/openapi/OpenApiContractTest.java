package org.collections.testsupport.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiContractTest {

    private static final String PROBLEM = """
            {"description":"x","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}""";

    private static String document(String paths, String schemas) {
        return """
                {"openapi":"3.1.0","paths":{%s},"components":{"schemas":{"Problem":{"type":"object"},
                 "CaseView":{"type":"object"},
                 "CursorPageCaseView":{"type":"object","properties":{"items":{"type":"array"},"nextCursor":{"type":"string"},"limit":{"type":"integer"}}}%s}}}"""
                .formatted(paths, schemas);
    }

    @Test
    void aContractDocumentPasses() {
        String doc = document("""
                "/api/v1/cases":{
                  "get":{"operationId":"listCases","parameters":[{"name":"limit","in":"query"},{"name":"cursor","in":"query"}],
                    "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CursorPageCaseView"}}}},"422":%1$s}},
                  "post":{"operationId":"createCase","responses":{
                    "201":{"headers":{"Location":{"schema":{"type":"string"}}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CaseView"}}}},
                    "409":%1$s}}},
                "/api/v1/cases/{id}":{"delete":{"operationId":"deleteCase","responses":{"204":{"description":"gone"}}}}
                """.formatted(PROBLEM), "");
        assertEquals(List.of(), OpenApiContract.violations(doc));
    }

    @Test
    void everyBrokenRuleIsNamed() {
        String doc = document("""
                "/api/v1/cases":{
                  "get":{"operationId":"listCases","responses":{
                    "200":{"content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/CaseView"}}}}},
                    "400":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CaseView"}}}}}},
                  "post":{"responses":{"201":{"description":"created"}}}},
                "/api/v1/cases/{id}":{"get":{"operationId":"listCases","responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CursorPageCaseView"}}}}}},
                  "put":{"operationId":"Update_Case","responses":{"201":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/JsonNode"}}}}}}},
                "/internal/v1/events":{"post":{"responses":{"204":{"description":"ok"}}}},
                "/api/v1/kpis":{"get":{"operationId":"getKpis","responses":{"403":%s}}}
                """.formatted(PROBLEM), ",\"JsonNode\":{\"type\":\"object\"}");
        List<String> violations = OpenApiContract.violations(doc);
        assertEquals(List.of(
                "schema JsonNode: a Jackson tree type; use a typed record or Map<String, Object>",
                "GET /api/v1/cases 200: a bare array; lists come in the cursor page envelope",
                "GET /api/v1/cases 400: not application/problem+json",
                "GET /api/v1/cases 400: error documented as application/json; errors are application/problem+json",
                "POST /api/v1/cases: no operationId",
                "POST /api/v1/cases 201: no body schema (a generated client would type it void)",
                "GET /api/v1/cases/{id}: operationId listCases is also used by GET /api/v1/cases",
                "GET /api/v1/cases/{id} 200: a cursor page without the limit and cursor query parameters",
                "PUT /api/v1/cases/{id}: operationId Update_Case is not lowerCamel",
                "PUT /api/v1/cases/{id} 201: no Location header",
                "POST /internal/v1/events: internal and test-only paths stay out of the public document",
                "GET /api/v1/kpis: no success (2xx) response"), violations);
        assertTrue(OpenApiContract.operationIds(com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .valueToTree(java.util.Map.of())).isEmpty());
    }
}
