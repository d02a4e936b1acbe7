package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.collections.testsupport.api.ServiceSurfaceTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndProbesTest extends ServiceSurfaceTest {

    @Test
    void caseOperationsAreDocumentedWithExamplesAndProblems() {
        JsonPath doc = openApi();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).contains("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/transitions",
                "/api/v1/cases/{id}/placements", "/api/v1/cases/{id}/placements/{placementId}/recall",
                "/api/v1/cases/{id}/disputes", "/api/v1/cases/{id}/disputes/{disputeId}/resolution",
                "/api/v1/cases/{id}/notes", "/api/v1/cases/{id}/history", "/api/v1/debtors", "/api/v1/debtors/{id}",
                "/api/v1/case-imports", "/api/v1/kpis/portfolio", "/api/v1/delinquency-evaluations",
                "/api/v1/cases/{id}/breathing-space", "/api/v1/cases/{id}/breathing-space/end",
                "/api/v1/cases/{id}/breathing-space/{breathingSpaceId}", "/api/v1/cases/{id}/legal-holds",
                "/api/v1/cases/{id}/legal-holds/{holdId}", "/api/v1/cases/{id}/legal-holds/{holdId}/release",
                "/api/v1/erasure-runs", "/api/v1/retention-policies");
        assertThat(doc.getString("paths.'/api/v1/cases/{id}/breathing-space'.post.operationId")).isEqualTo("startBreathingSpace");
        assertThat(doc.getString("paths.'/api/v1/cases/{id}/breathing-space/end'.post.operationId")).isEqualTo("endBreathingSpace");
        assertThat(doc.getMap("paths.'/api/v1/cases/{id}/breathing-space'.post.responses")).containsKeys("201", "409", "422");
        // edge refusals are documented: bodies too large or of the wrong type, URIs too long, values out of range
        assertThat(doc.getMap("paths.'/api/v1/cases'.post.responses")).containsKeys("413", "414", "415", "422");
        assertThat(doc.getMap("paths.'/api/v1/cases'.get.responses")).containsKeys("414", "422").doesNotContainKey("415");
        assertThat(doc.getString("components.schemas.Transition.properties.pauseType.examples[0]")).isEqualTo("HARDSHIP");
        // request bodies carry examples
        assertThat(doc.getString("components.schemas.CreateCaseRequest.properties.creditorId.examples[0]")).isEqualTo("ACME-BANK");
        assertThat(doc.getString("components.schemas.DebtRequest.properties.principal.examples[0]")).isEqualTo("1200.00");
    }
}
