package org.collections.plans.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.collections.testsupport.api.ServiceSurfaceTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndProbesTest extends ServiceSurfaceTest {

    @Test
    void plansPaymentsAndPromisesAreDocumentedWithExamplesAndProblems() {
        JsonPath doc = openApi();
        assertThat(doc.getMap("paths").keySet()).contains("/api/v1/plans", "/api/v1/plans/preview", "/api/v1/plans/{id}",
                "/api/v1/plans/{id}/approve", "/api/v1/plans/{id}/cancel", "/api/v1/plans/{id}/payments",
                "/api/v1/payments/{id}/reversal", "/api/v1/promises", "/api/v1/promises/{id}/payments");
        assertThat(doc.getString("components.schemas.PlanRequest.properties.amount.examples[0]")).isEqualTo("1200.00");
        assertThat(doc.getMap("paths.'/api/v1/plans/{id}/payments'.post.responses")).containsKeys("201", "400", "409", "422");
    }
}
