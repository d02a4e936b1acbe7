package org.collections.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Decisions are counted by outcome, and blocked ones by the rule that blocked them (the operations dashboard). */
@QuarkusTest
class DecisionMetricsTest {

    private static final Map<String, String> BLOCKED_BY_HOURS = Map.of("rule", "US_REGF.CONTACT_HOURS");

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @Inject
    EventSignature signature;

    @Test
    void decisionsAreCountedByOutcomeAndBlockingRule() throws Exception {
        String caseId = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York")[0];
        PrometheusMetrics before = PrometheusMetrics.scrape(managementRoot);

        decide(caseId, "2026-11-24T08:00:00Z").body("decision", equalTo("BLOCK"));   // 03:00 in New York
        decide(caseId, "2026-11-24T15:00:00Z").body("decision", equalTo("ALLOW"));   // 10:00 in New York

        PrometheusMetrics after = PrometheusMetrics.scrape(managementRoot);
        assertThat(after.value("contact_decisions_total", Map.of("outcome", "BLOCK"))
                - before.value("contact_decisions_total", Map.of("outcome", "BLOCK"))).isEqualTo(1.0);
        assertThat(after.value("contact_decisions_total", Map.of("outcome", "ALLOW"))
                - before.value("contact_decisions_total", Map.of("outcome", "ALLOW"))).isEqualTo(1.0);
        assertThat(after.value("contact_decisions_blocked_total", BLOCKED_BY_HOURS)
                - before.value("contact_decisions_blocked_total", BLOCKED_BY_HOURS)).isEqualTo(1.0);
    }

    private static io.restassured.response.ValidatableResponse decide(String caseId, String at) {
        return as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "CALL", "at", at))
                .post("/api/v1/contact-decisions").then().statusCode(200);
    }
}
