package org.collections.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final OpenApiMerger MERGER = PlatformApi.merger();

    @Test
    void keepsOnlyPublicPathsAndTheComponentsTheyUse() {
        JsonNode cases = doc("""
                "/api/v1/cases": {"get": {"operationId": "listCases", "tags": ["Cases"], "responses": {"200": {"description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CasePage"}}}}}}},
                "/internal/v1/events": {"post": {"operationId": "receiveEvent", "tags": ["Internal events"],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventEnvelope"}}}},
                    "responses": {"204": {"description": "ok"}}}},
                "/test/clock": {"post": {"operationId": "shiftClock", "responses": {"204": {"description": "ok"}}}},
                "/q/health": {"get": {"responses": {"200": {"description": "ok"}}}},
                "/api/v10/odd": {"get": {"operationId": "odd", "responses": {"200": {"description": "ok"}}}}
                """, """
                "CasePage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Case"}}}},
                "Case": {"type": "object", "properties": {"id": {"type": "string"}}},
                "EventEnvelope": {"type": "object"}
                """, """
                [{"name": "Cases", "description": "Cases"}, {"name": "Internal events"}]""");

        ObjectNode merged = MERGER.merge(List.of(OpenApiMerger.Source.of("case-service", cases)), List.of()).strict();

        assertThat(names(merged.path("paths"))).containsExactly("/api/v1/cases");
        assertThat(names(merged.path("components").path("schemas"))).containsExactly("Case", "CasePage");
        assertThat(merged.path("tags")).hasSize(1);
        assertThat(merged.path("tags").get(0).path("description").asText()).isEqualTo("Cases");
        assertThat(merged.toString()).doesNotContain("internal", "EventEnvelope", "clock", "/q/");
    }

    @Test
    void identicalComponentsCollapseAndDifferentOnesAreRenamedWithTheirServicePrefix() {
        String problem = "\"Problem\": {\"type\": \"object\", \"properties\": {\"type\": {\"type\": \"string\"}}}";
        JsonNode cases = doc("""
                "/api/v1/cases/{id}": {"get": {"operationId": "getCase", "responses": {
                  "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseView"}}}},
                  "404": {"description": "no", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
                """, problem + """
                , "CaseView": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"}}},
                "Status": {"type": "string", "enum": ["NEW", "ACTIVE", "CLOSED"]}
                """, "[]");
        JsonNode plans = doc("""
                "/api/v1/plans/{id}": {"get": {"operationId": "getPlan", "responses": {
                  "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseView"}}}},
                  "404": {"description": "no", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
                """, problem + """
                , "CaseView": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"}}},
                "Status": {"type": "string", "enum": ["PROPOSED", "ACTIVE", "BROKEN"]}
                """, "[]");

        ObjectNode merged = MERGER.merge(List.of(OpenApiMerger.Source.of("case-service", cases),
                OpenApiMerger.Source.of("plan-service", plans)), List.of()).strict();

        JsonNode schemas = merged.path("components").path("schemas");
        // Status differs, so CaseView (which refers to it) differs too once rewritten: both are renamed
        assertThat(names(schemas)).containsExactly("CaseCaseView", "CaseStatus", "PlanCaseView", "PlanStatus", "Problem");
        assertThat(schemas.at("/PlanStatus/enum").toString()).contains("BROKEN");
        assertThat(schemas.at("/PlanCaseView/properties/status/$ref").asText()).isEqualTo("#/components/schemas/PlanStatus");
        assertThat(merged.at("/paths/~1api~1v1~1plans~1{id}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/PlanCaseView");
        assertThat(merged.at("/paths/~1api~1v1~1cases~1{id}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");

        ObjectNode reversed = MERGER.merge(List.of(OpenApiMerger.Source.of("plan-service", plans),
                OpenApiMerger.Source.of("case-service", cases)), List.of()).strict();
        assertThat(reversed.path("components")).isEqualTo(merged.path("components"));
        assertThat(reversed.path("paths")).isEqualTo(merged.path("paths"));
    }

    @Test
    void aPathTemplateServedByTwoServicesIsAConflictNotAnOverwrite() {
        JsonNode cases = doc("""
                "/api/v1/cases/{id}/notes": {"get": {"operationId": "listNotes", "responses": {"200": {"description": "case"}}}}
                """, "", "[]");
        JsonNode contact = doc("""
                "/api/v1/cases/{caseId}/notes": {"get": {"operationId": "listContactNotes", "responses": {"200": {"description": "contact"}}}}
                """, "", "[]");

        OpenApiMerger.Result result = MERGER.merge(List.of(OpenApiMerger.Source.of("case-service", cases),
                OpenApiMerger.Source.of("contact-service", contact)), List.of());

        assertThat(result.conflicts()).singleElement().asString()
                .contains("/api/v1/cases/{caseId}/notes", "case-service", "contact-service");
        assertThat(result.document().at("/paths/~1api~1v1~1cases~1{id}~1notes/get/operationId").asText())
                .isEqualTo("listNotes");
        assertThat(result.document().path("paths").has("/api/v1/cases/{caseId}/notes")).isFalse();
        assertThat(result.document().path(OpenApiMerger.CONFLICTS_EXTENSION)).hasSize(1);
        assertThatThrownBy(result::strict).hasMessageContaining("served by both case-service and contact-service");
    }

    @Test
    void anOperationIdUsedByTwoServicesIsAConflict() {
        JsonNode cases = doc("""
                "/api/v1/cases": {"get": {"operationId": "list", "responses": {"200": {"description": "ok"}}}}
                """, "", "[]");
        JsonNode plans = doc("""
                "/api/v1/plans": {"get": {"operationId": "list", "responses": {"200": {"description": "ok"}}}}
                """, "", "[]");

        assertThatThrownBy(() -> MERGER.merge(List.of(OpenApiMerger.Source.of("case-service", cases),
                OpenApiMerger.Source.of("plan-service", plans)), List.of()).strict())
                .hasMessageContaining("operationId list is used by both case-service and plan-service");
    }

    @Test
    void describesThePlatformItsAuthenticationAndTheGatewayAsServer() {
        JsonNode cases = doc("""
                "/api/v1/cases": {"get": {"operationId": "listCases", "security": [{"SecurityScheme": []}],
                  "responses": {"200": {"description": "ok"}}}}
                """, "", "[]");
        ((ObjectNode) cases.path("components")).putObject("securitySchemes").putObject("SecurityScheme")
                .put("type", "http").put("scheme", "bearer");

        ObjectNode merged = MERGER.merge(List.of(OpenApiMerger.Source.of("case-service", cases)), List.of()).strict();

        assertThat(merged.at("/info/title").asText()).isEqualTo("Collections platform API");
        assertThat(merged.at("/info/version").asText()).isEqualTo(PlatformApi.VERSION);
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
        JsonNode schemes = merged.at("/components/securitySchemes");
        assertThat(names(schemes)).containsExactlyInAnyOrder(OpenApiMerger.BEARER_SCHEME, OpenApiMerger.OAUTH2_SCHEME);
        assertThat(schemes.path(OpenApiMerger.BEARER_SCHEME).path("description").asText()).contains(
                "`collections-platform`", "`collections-api`", "`sub`", "`groups`", "`admin`", "`supervisor`",
                "`collector`", "`agency`", "`auditor`", "`agency_id`", "24 hours", "15 minutes", "/oauth2/token",
                "mutual TLS", "WWW-Authenticate");
        assertThat(schemes.at("/" + OpenApiMerger.OAUTH2_SCHEME + "/flows/clientCredentials/tokenUrl").asText())
                .isEqualTo("/oauth2/token");
        String required = "[{\"" + OpenApiMerger.BEARER_SCHEME + "\":[]},{\"" + OpenApiMerger.OAUTH2_SCHEME + "\":[]}]";
        assertThat(merged.path("security").toString()).isEqualTo(required);
        assertThat(merged.at("/paths/~1api~1v1~1cases/get/security").toString()).isEqualTo(required);
        assertThat(merged.has(OpenApiMerger.UNAVAILABLE_EXTENSION)).isFalse();
    }

    @Test
    void namesTheServicesWhoseDocumentIsMissing() {
        JsonNode cases = doc("""
                "/api/v1/cases": {"get": {"operationId": "listCases", "responses": {"200": {"description": "ok"}}}}
                """, "", "[]");

        ObjectNode merged = MERGER.merge(List.of(OpenApiMerger.Source.of("case-service", cases)),
                List.of("contact-service", "plan-service")).document();

        assertThat(merged.path(OpenApiMerger.UNAVAILABLE_EXTENSION).toString())
                .isEqualTo("[\"contact-service\",\"plan-service\"]");
        assertThat(merged.at("/info/description").asText()).contains("contact-service, plan-service");
    }

    private static JsonNode doc(String paths, String schemas, String tags) {
        return PlatformApi.parse("""
                {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "tags": %s,
                 "paths": {%s}, "components": {"schemas": {%s}}}""".formatted(tags, paths, schemas));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
