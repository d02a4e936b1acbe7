package org.collections.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndProbesTest {

    @TestHTTPResource(value = "/", management = true)
    java.net.URL managementRoot;

    private String management;

    @org.junit.jupiter.api.BeforeEach
    void managementUrl() {
        management = managementRoot.getProtocol() + "://" + managementRoot.getHost() + ":" + managementRoot.getPort();
    }

    @Test
    void healthAndMetricsAreServedOnlyOnTheManagementInterface() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get(management + "/q/metrics").then().statusCode(200);
        given().get(management + "/q/health/ready").then().statusCode(200);
    }

    @Test
    void everyPublicOperationIsDocumentedAndSecured() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).contains("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/transitions",
                "/api/v1/cases/{id}/placements", "/api/v1/cases/{id}/placements/{placementId}/recall",
                "/api/v1/cases/{id}/disputes", "/api/v1/cases/{id}/disputes/{disputeId}/resolution",
                "/api/v1/cases/{id}/notes", "/api/v1/cases/{id}/history", "/api/v1/debtors", "/api/v1/debtors/{id}",
                "/api/v1/case-imports", "/api/v1/kpis/portfolio", "/api/v1/delinquency-evaluations",
                "/api/v1/cases/{id}/breathing-space", "/api/v1/cases/{id}/breathing-space/end",
                "/api/v1/cases/{id}/breathing-space/{breathingSpaceId}");
        assertThat(doc.getString("paths.'/api/v1/cases/{id}/breathing-space'.post.operationId")).isEqualTo("startBreathingSpace");
        assertThat(doc.getString("paths.'/api/v1/cases/{id}/breathing-space/end'.post.operationId")).isEqualTo("endBreathingSpace");
        assertThat(doc.getMap("paths.'/api/v1/cases/{id}/breathing-space'.post.responses")).containsKeys("201", "409", "422");
        // edge refusals are documented: bodies too large or of the wrong type, URIs too long, values out of range
        assertThat(doc.getMap("paths.'/api/v1/cases'.post.responses")).containsKeys("413", "414", "415", "422");
        assertThat(doc.getMap("paths.'/api/v1/cases'.get.responses")).containsKeys("414", "422").doesNotContainKey("415");
        assertThat(doc.getString("components.schemas.Transition.properties.pauseType.examples[0]")).isEqualTo("HARDSHIP");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1")) {
                return;
            }
            operations.forEach((method, operation) -> {
                assertThat(operation).as(method + " " + path).containsKey("tags").containsKey("security");
                assertThat(operation.get("responses").toString()).as(method + " " + path).contains("40");
            });
        });
        assertThat(doc.getMap("components.securitySchemes")).isNotEmpty();
        // request bodies carry examples
        assertThat(doc.getString("components.schemas.CreateCaseRequest.properties.creditorId.examples[0]")).isEqualTo("ACME-BANK");
        assertThat(doc.getString("components.schemas.DebtRequest.properties.principal.examples[0]")).isEqualTo("1200.00");
    }

    @Test
    void probesAnswer() {
        given().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "/q/health/live").then().statusCode(200);
    }
}
