package org.collections.plans.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.plans.client.CaseServiceMock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A reconciliation that case-service's outage stopped at its first batch is continued by the resume job. */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class ReconciliationResumeTest {

    WireMockServer caseService;

    @Inject
    ReconciliationJob job;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void aRunStoppedByAnOutageAtItsFirstBatchIsContinuedByTheResumeJob() throws Throwable {
        caseService.stubFor(get(urlPathEqualTo("/api/v1/case-ledgers")).willReturn(aResponse().withStatus(503)));
        String admin = "admin-" + UUID.randomUUID();

        given().auth().oauth2(Tokens.mint(admin, "admin", null)).post("/api/v1/reconciliations").then().statusCode(503);

        List<Map<String, Object>> stopped = Jdbc.query("select cast(id as text) as id, status from reconciliation_run"
                + " where requested_by = '" + admin + "'");
        assertThat(stopped).hasSize(1).first().extracting(run -> run.get("status")).isEqualTo("RUNNING");
        String run = (String) stopped.get(0).get("id");
        // as the resume job finds it once it has stood still for a while
        assertThat(Jdbc.query("update job_run set updated_at = now() - interval '1 hour' where job = '"
                + ReconciliationService.JOB + "' and period = '" + run + "' returning status"))
                .as("the run is recorded as unfinished").containsExactly(Map.of("status", "RUNNING"));

        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo("/api/v1/case-ledgers"))
                .willReturn(okJson("{\"items\":[],\"nextCursor\":null,\"limit\":200}")));
        breakers.resetAll();
        VertxContextSupport.subscribeAndAwait(() -> job.resume());

        given().auth().oauth2(Tokens.auditor()).get("/api/v1/reconciliations/" + run).then().statusCode(200)
                .body("status", equalTo("DONE"));
    }
}
