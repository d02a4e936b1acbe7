package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.collections.testsupport.api.ServiceSurfaceTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndProbesTest extends ServiceSurfaceTest {

    @Test
    void contactOperationsAreDocumentedWithTheirProblems() {
        JsonPath doc = openApi();
        assertThat(doc.getMap("paths").keySet()).contains("/api/v1/contact-points", "/api/v1/consents", "/api/v1/attempts",
                "/api/v1/contact-decisions", "/api/v1/contact-requests", "/api/v1/dispatch-leases",
                "/api/v1/dispatch-leases/{slotId}/outcome", "/api/v1/rule-packs", "/api/v1/rule-packs/{packId}");
        assertThat(doc.getMap("paths.'/api/v1/contact-requests'.post.responses")).containsKeys("201", "400", "409", "422");
    }

    @Test
    void decisionsCarryExamplesOfAnAllowedAndABlockedContact() {
        JsonPath doc = openApi();
        String decision = "paths.'/api/v1/contact-decisions'.post.";
        assertThat(doc.getString(decision + "requestBody.content.'application/json'.examples.values()[0].value.channel"))
                .isEqualTo("CALL");
        String examples = decision + "responses.'200'.content.'application/json'.examples.";
        assertThat(doc.getString(examples + "allowed.value.decision")).isEqualTo("ALLOW");
        assertThat(doc.getString(examples + "blocked.value.violations[0].ruleId")).isEqualTo("US_REGF.CONTACT_HOURS");
        assertThat(doc.getString(examples + "blocked.value.nextPermittedAt")).isEqualTo("2026-03-09T12:00:00Z");
    }

    @Test
    void agencyKpisAndAttemptReferencesAreDocumented() {
        JsonPath doc = openApi();
        assertThat(doc.getString("paths.'/api/v1/agencies/{agencyId}/kpis'.get.operationId")).isEqualTo("getAgencyContactKpis");
        assertThat(doc.getMap("components.schemas.NewAttempt.properties")).containsKeys("leaseId", "decisionId");
        assertThat(doc.getMap("components.schemas.AttemptView.properties")).containsKeys("compliant", "breachedRules");
        assertThat(doc.getMap("components.schemas.ContactDecision.properties")).containsKeys("decisionId", "validUntil");
    }
}
