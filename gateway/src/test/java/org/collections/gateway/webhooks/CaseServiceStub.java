package org.collections.gateway.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for case-service's placement history ({@code GET /api/v1/cases/{id}/placements}, in its page format), which
 * the gateway reads to confirm who holds a case. Tests record placements and recalls here as case-service would
 * have them, independently of when the gateway hears of them; cases never recorded are unknown (404).
 */
public class CaseServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;
    private static final Map<UUID, List<Map<String, Object>>> HISTORY = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v1/cases/.*/placements"))
                .atPriority(10).willReturn(aResponse().withStatus(404)));
        return Map.of("gateway.upstreams.case.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static void placed(UUID caseId, UUID placementId, String agency, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", placementId.toString());
        p.put("caseId", caseId.toString());
        p.put("agencyId", agency);
        p.put("placedAt", at.toString());
        p.put("recalledAt", null);
        p.put("active", true);
        HISTORY.computeIfAbsent(caseId, id -> new ArrayList<>()).add(p);
        publish(caseId);
    }

    static void recalled(UUID caseId, UUID placementId, Instant at) {
        for (Map<String, Object> p : HISTORY.getOrDefault(caseId, List.of())) {
            if (p.get("id").equals(placementId.toString())) {
                p.put("recalledAt", at.toString());
                p.put("active", false);
            }
        }
        publish(caseId);
    }

    /** case-service stops answering for this case (500). */
    static void failing(UUID caseId) {
        server.stubFor(get(urlPathEqualTo(path(caseId))).willReturn(aResponse().withStatus(500)));
    }

    /** case-service answers for this case again. */
    static void answering(UUID caseId) {
        publish(caseId);
    }

    static List<LoggedRequest> asked(UUID caseId) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(caseId))));
    }

    private static void publish(UUID caseId) {
        try {
            String page = WebhookFixtures.MAPPER.writeValueAsString(Map.of("items", HISTORY.get(caseId), "limit", 200));
            server.stubFor(get(urlPathEqualTo(path(caseId))).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(page)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(UUID caseId) {
        return "/api/v1/cases/" + caseId + "/placements";
    }
}
