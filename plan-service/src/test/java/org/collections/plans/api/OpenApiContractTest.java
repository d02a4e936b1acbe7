package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.collections.testsupport.openapi.OpenApiContract;
import org.junit.jupiter.api.Test;

/** plan-service's document, read as an integrator generating a client from it would. */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String served() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    @Test
    void theServedDocumentBreaksNoContractRule() {
        assertThat(OpenApiContract.violations(served())).isEmpty();
    }

    @Test
    void everyPublicOperationHasItsNamedOperationIdAndNoInternalPathIsPublished() throws Exception {
        JsonNode doc = JSON.readTree(served());
        assertThat(OpenApiContract.operationIds(doc)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("previewPlan", "POST /api/v1/plans/preview"),
                Map.entry("createPlan", "POST /api/v1/plans"),
                Map.entry("listPlans", "GET /api/v1/plans"),
                Map.entry("getPlan", "GET /api/v1/plans/{id}"),
                Map.entry("submitPlan", "POST /api/v1/plans/{id}/submit"),
                Map.entry("approvePlan", "POST /api/v1/plans/{id}/approve"),
                Map.entry("cancelPlan", "POST /api/v1/plans/{id}/cancel"),
                Map.entry("postPayment", "POST /api/v1/plans/{id}/payments"),
                Map.entry("listPlanPayments", "GET /api/v1/plans/{id}/payments"),
                Map.entry("getPayment", "GET /api/v1/payments/{id}"),
                Map.entry("reversePayment", "POST /api/v1/payments/{id}/reversal"),
                Map.entry("createPromise", "POST /api/v1/promises"),
                Map.entry("listPromises", "GET /api/v1/promises"),
                Map.entry("getPromise", "GET /api/v1/promises/{id}"),
                Map.entry("postPromisePayment", "POST /api/v1/promises/{id}/payments"),
                Map.entry("evaluatePlans", "POST /api/v1/plan-evaluations"),
                Map.entry("reconcilePayments", "POST /api/v1/reconciliations"),
                Map.entry("getReconciliation", "GET /api/v1/reconciliations/{id}"),
                Map.entry("listReconciliationDrifts", "GET /api/v1/reconciliations/{id}/drifts"),
                Map.entry("listPaymentReminders", "GET /api/v1/payment-reminders"),
                Map.entry("runPaymentReminders", "POST /api/v1/payment-reminder-runs"),
                Map.entry("listPlanServiceDeliveries", "GET /api/v1/outboxes/plan-service/deliveries"),
                Map.entry("getPlanServiceDelivery", "GET /api/v1/outboxes/plan-service/deliveries/{id}"),
                Map.entry("replayPlanServiceDelivery", "POST /api/v1/outboxes/plan-service/deliveries/{id}/replays"),
                Map.entry("skipPlanServiceDelivery", "POST /api/v1/outboxes/plan-service/deliveries/{id}/skips")));
        doc.path("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/v1/"));
    }

    @Test
    void createdResourcesAndPaymentsAreTypedAndEveryTagIsDescribed() throws Exception {
        JsonNode doc = JSON.readTree(served());
        assertThat(schemaOf(doc, "/api/v1/plans", "post", "201")).isEqualTo("#/components/schemas/PlanView");
        assertThat(schemaOf(doc, "/api/v1/plans/{id}/payments", "post", "201")).isEqualTo("#/components/schemas/PaymentView");
        assertThat(schemaOf(doc, "/api/v1/promises", "post", "201")).isEqualTo("#/components/schemas/PromiseView");
        assertThat(schemaOf(doc, "/api/v1/promises/{id}/payments", "post", "200")).isEqualTo("#/components/schemas/PromiseView");
        assertThat(schemaOf(doc, "/api/v1/plans", "get", "200")).isEqualTo("#/components/schemas/CursorPagePlanSummary");
        // enums of the same simple name (Payment.Status, Promise.Status) keep names a client can tell apart
        assertThat(doc.path("components").path("schemas").has("PaymentStatus")).isTrue();
        assertThat(doc.path("components").path("schemas").has("PromiseStatus")).isTrue();
        assertThat(doc.path("components").path("schemas").has("Status1")).isFalse();
        doc.path("tags").forEach(tag -> assertThat(tag.path("description").asText()).as(tag.path("name").asText()).isNotBlank());
    }

    @Test
    void theDocumentStoredAtBuildTimeIsTheServedOne() throws Exception {
        // the gateway's merge reads the stored file: it must hold the same operations as the served document
        Path stored = Path.of("target/openapi/openapi.json");
        assertThat(stored).exists();
        JsonNode file = JSON.readTree(Files.readString(stored));
        assertThat(OpenApiContract.operationIds(file)).isEqualTo(OpenApiContract.operationIds(JSON.readTree(served())));
        assertThat(OpenApiContract.violations(file)).isEmpty();
    }

    private static String schemaOf(JsonNode doc, String path, String method, String status) {
        return doc.path("paths").path(path).path(method).path("responses").path(status).path("content")
                .path("application/json").path("schema").path("$ref").asText();
    }
}
