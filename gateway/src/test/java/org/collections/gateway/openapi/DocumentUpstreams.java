package org.collections.gateway.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Three services answering {@code /q/openapi} (WireMock): case- and plan-service with their documents, contact-service
 * down (503) until a test brings it back with {@link #contactComesBack()}.
 */
public class DocumentUpstreams implements QuarkusTestResourceLifecycleManager {

    static WireMockServer caseService;
    static WireMockServer contactService;
    static WireMockServer planService;

    @Override
    public Map<String, String> start() {
        caseService = serve("""
                "/api/v1/cases": {"post": {"operationId": "createCase", "tags": ["Cases"], "security": [{"SecurityScheme": []}],
                  "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseView"}}}}}}},
                "/internal/v1/events": {"post": {"operationId": "receiveCaseEvent", "responses": {"204": {"description": "ok"}}}}
                """, """
                "CaseView": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}}
                """);
        planService = serve("""
                "/api/v1/plans": {"post": {"operationId": "createPlan", "tags": ["Plans"],
                  "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlanView"}}}}}}}
                """, """
                "PlanView": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}}
                """);
        contactService = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        contactService.start();
        contactService.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(503)));
        return Map.of(
                "gateway.openapi.document-urls.case", caseService.baseUrl() + "/q/openapi?format=json",
                "gateway.openapi.document-urls.contact", contactService.baseUrl() + "/q/openapi?format=json",
                "gateway.openapi.document-urls.plan", planService.baseUrl() + "/q/openapi?format=json",
                "gateway.openapi.retry-interval", "1s");
    }

    static void contactComesBack() {
        contactService.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(document("""
                        "/api/v1/cases/{caseId}/contact-decisions": {"post": {"operationId": "decideContact", "tags": ["Decisions"],
                          "responses": {"200": {"description": "decided"}}}}
                        """, ""))));
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {caseService, contactService, planService}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    private static WireMockServer serve(String paths, String schemas) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(document(paths, schemas))));
        return server;
    }

    private static String document(String paths, String schemas) {
        return """
                {"openapi": "3.1.0", "info": {"title": "service", "version": "1.0"},
                 "paths": {%s}, "components": {"schemas": {%s}}}""".formatted(paths, schemas);
    }
}
