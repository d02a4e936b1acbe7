package org.collections.plans.api;

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
    void everyOperationIsDocumentedSecuredAndListsItsProblems() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).contains("/api/v1/plans", "/api/v1/plans/preview", "/api/v1/plans/{id}",
                "/api/v1/plans/{id}/approve", "/api/v1/plans/{id}/cancel", "/api/v1/plans/{id}/payments",
                "/api/v1/payments/{id}/reversal", "/api/v1/promises", "/api/v1/promises/{id}/payments");
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/v1")) {
                operations.forEach((method, operation) -> assertThat(operation).as(method + " " + path)
                        .containsKeys("tags", "security", "responses"));
            }
        });
        assertThat(doc.getString("components.schemas.PlanRequest.properties.amount.examples[0]")).isEqualTo("1200.00");
        assertThat(doc.getMap("paths.'/api/v1/plans/{id}/payments'.post.responses")).containsKeys("201", "400", "409", "422");
    }

    @Test
    void probesAnswer() {
        given().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
