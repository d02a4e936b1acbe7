package org.collections.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.collections.client.model.PlanStatus;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway's edge against real processes: an upstream that dies is a quick 503 problem with Retry-After (its
 * breaker opens) and is served again once it is back; the merged API document keeps the service's operations through
 * its restart; one client over the limit of a strict route class is refused with 429 while another is not.
 */
class GatewayEdgeScenarioTest extends Scenario {

    /** Far above any refusal the gateway makes itself (connect timeout 2 s), far below the 30 s response timeout. */
    private static final Duration QUICK = Duration.ofSeconds(15);

    @Test
    void aKilledUpstreamIsAQuick503WithRetryAfterAndIsServedAgainAfterItsRestart() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("EDGE"), "300.00");
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        String plan = "/api/v1/plans/" + planId;
        String admin = Tokens.admin();

        suite.plans.kill();
        try {
            // enough refusals to open the upstream's breaker (half of the last 20): unreachable first, then open
            List<Response> refusals = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                long sent = System.nanoTime();
                Response refused = as(admin).get(plan);
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("answered without waiting for a timeout")
                        .isLessThan(QUICK);
                refusals.add(refused);
            }
            assertThat(refusals).allSatisfy(refused -> {
                assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
                assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
                assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/service-unavailable");
            });
            assertThat(upstreamsReport()).as("the gateway reports the breaker, and stays ready").contains("plan")
                    .contains("circuit open");
            // the other services are still served
            assertThat(Cases.get(caseId).getId()).isEqualTo(caseId);
        } finally {
            suite.restart(suite.plans);
        }

        // the breaker lets a request through again after its delay (10 s): generous bounds for a loaded machine
        Awaitility.await("plan-service served through the gateway again").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).until(() -> as(admin).get(plan).statusCode(), equalTo(200));
        assertThat(Plans.status(planId)).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void theMergedDocumentKeepsThePlanOperationsWhilePlanServiceIsDownAndAfterItsRestart() {
        Eventually.until("the merged document lists plan-service's operations", () -> document().getString(
                "paths.'/api/v1/plans'.post.operationId"), equalTo("createPlan"));

        suite.plans.kill();
        try {
            JsonPath whileDown = document();
            assertThat(whileDown.getString("paths.'/api/v1/plans/{id}/payments'.post.operationId")).isEqualTo("postPayment");
        } finally {
            suite.restart(suite.plans);
        }

        JsonPath afterRestart = document();
        assertThat(afterRestart.getString("paths.'/api/v1/plans'.post.operationId")).isEqualTo("createPlan");
        assertThat(afterRestart.getString("paths.'/api/v1/plans/{id}/payments'.post.operationId")).isEqualTo("postPayment");
        assertThat(afterRestart.getList("x-unavailable-services")).as("no service missing").isNullOrEmpty();
        assertThat(afterRestart.getString("paths.'/api/v1/cases'.post.operationId")).isEqualTo("createCase");
    }

    @Test
    void oneClientOverTheBulkLimitIsA429WithRetryAfterWhileAnotherIsNotLimited() {
        // bulk imports keep their strict limits in the suite (a burst of 3, then one every 10 s): an agency may not
        // import at all (403), but every request counts against its bucket at the edge before any upstream sees it
        String busy = Tokens.agency(unique("EDGE-BUSY"));
        Response limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            Response response = importAs(busy);
            assertThat(response.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(response.header("RateLimit-Policy")).startsWith("3;w=");
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("refused within 10 quick requests").isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.jsonPath().getString("type")).isEqualTo("/problems/rate-limited");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Integer.parseInt(limited.header("RateLimit-Reset"))).isPositive();

        Response other = importAs(Tokens.agency(unique("EDGE-CALM")));
        assertThat(other.statusCode()).as("another client is not limited").isNotEqualTo(429);
        assertThat(Integer.parseInt(other.header("RateLimit-Remaining"))).isEqualTo(2);
    }

    private static Response importAs(String token) {
        return as(token).contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/case-imports");
    }

    private static JsonPath document() {
        return given().baseUri(suite.gateway.url()).get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** The gateway's readiness report of its upstreams (on its management interface). */
    private static String upstreamsReport() {
        return given().baseUri(suite.gateway.managementUrl()).get("/q/health/ready").then().statusCode(200).extract()
                .asString();
    }
}
