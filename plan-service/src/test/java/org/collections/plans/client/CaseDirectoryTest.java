package org.collections.plans.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.collections.commons.problem.DependencyUnavailableException;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class CaseDirectoryTest {

    private static final UUID DEBTOR = UUID.fromString("7f9c2ab4-63a4-4e3e-9a8e-0a3c1d2b5e61");

    WireMockServer caseService;

    @Inject
    CaseDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** Test-only endpoint, so that the directory runs inside an HTTP request that carries a bearer token. */
    @Path("/test/plannable-cases")
    public static class PlannableCases {

        @Inject
        CaseDirectory directory;

        @GET
        @Path("/{id}")
        @Operation(hidden = true)
        public Uni<CaseSnapshot> get(@PathParam("id") UUID id) {
            return directory.requirePlannable(id);
        }
    }

    private static boolean warmedUp;

    @BeforeEach
    void reset() {
        if (!warmedUp) { // the first calls (client, connection and tracing set-up) may exceed the test's 500 ms timeout
            for (int i = 0; i < 5 && !await(directory.find(UUID.randomUUID()).map(found -> true)
                    .onFailure().recoverWithItem(false)); i++) {
                breakers.resetAll();
            }
            warmedUp = true;
        }
        caseService.resetAll();
        breakers.resetAll();
    }

    @Test
    void outsideARequestPlanServiceAsksWithItsOwnToken() {
        UUID id = UUID.randomUUID();
        stub(id, okJson(caseJson(id, "ACTIVE")));

        assertThat(await(directory.find(id))).isPresent();

        caseService.verify(1, getRequestedFor(urlEqualTo("/api/v1/cases/" + id))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + CaseServiceMock.SERVICE_TOKEN)));
    }

    @Test
    void findsTheCase() {
        UUID id = UUID.randomUUID();
        stub(id, okJson(caseJson(id, "ACTIVE")));

        CaseSnapshot found = await(directory.find(id)).orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.status()).isEqualTo(CaseSnapshot.Status.ACTIVE);
        assertThat(found.currency()).isEqualTo("CNY");
        assertThat(found.balance()).isEqualTo(new BigDecimal("1015.00"));
        assertThat(found.agencyId()).isNull();
        assertThat(found.creditorId()).isEqualTo("ACME-BANK");
        assertThat(found.debtorId()).isEqualTo(DEBTOR);
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void forwardsTheCallersBearerTokenOnEveryAttempt() {
        UUID id = UUID.randomUUID();
        failOnceThen(id, okJson(caseJson(id, "IN_PLAN")));
        String token = Tokens.collector();

        given().auth().oauth2(token).get("/test/plannable-cases/" + id)
                .then().statusCode(200).body("id", equalTo(id.toString())).body("status", equalTo("IN_PLAN"));

        caseService.verify(2, getRequestedFor(urlEqualTo(path(id))).withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void theCallToCaseServiceContinuesTheCallersTrace() {
        UUID id = UUID.randomUUID();
        stub(id, okJson(caseJson(id, "ACTIVE")));
        String traceId = "7bf92f3577b34da6a3ce929d0e0e4739";
        String callerSpan = "00f067aa0ba902b7";

        given().auth().oauth2(Tokens.collector()).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .get("/test/plannable-cases/" + id).then().statusCode(200);

        LoggedRequest call = caseService.findAll(getRequestedFor(urlEqualTo(path(id)))).get(0);
        assertThat(call.getHeaders().getHeader("traceparent").values()).hasSize(1);
        Matcher traceparent = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01").matcher(call.getHeader("traceparent"));
        assertThat(traceparent.matches()).as(call.getHeader("traceparent")).isTrue();
        assertThat(traceparent.group(1)).isEqualTo(traceId);
        assertThat(traceparent.group(2)).isNotEqualTo(callerSpan).isNotEqualTo("0".repeat(16));
    }

    @Test
    void absentCaseIsEmptyAndRepeated404sNeitherRetryNorOpenTheBreaker() {
        UUID absent = UUID.randomUUID();
        stub(absent, aResponse().withStatus(404).withHeader("Content-Type", Problem.MEDIA_TYPE)
                .withBody("{\"type\":\"" + Problem.TYPE_BASE + "not-found\",\"title\":\"Not found\",\"status\":404}"));

        for (int i = 0; i < 10; i++) {
            assertThat(await(directory.find(absent))).isEmpty();
        }

        caseService.verify(10, getRequestedFor(urlEqualTo(path(absent))));
        assertThat(breakers.currentState(CaseDirectory.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);
        UUID present = UUID.randomUUID();
        stub(present, okJson(caseJson(present, "ACTIVE")));
        assertThat(await(directory.find(present))).isPresent();
    }

    @Test
    void otherClientErrorsReachTheCallerWithoutRetryOrBreaker() {
        UUID id = UUID.randomUUID();
        stub(id, aResponse().withStatus(403));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> await(directory.find(id)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }

        caseService.verify(5, getRequestedFor(urlEqualTo(path(id))));
        assertThat(breakers.currentState(CaseDirectory.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void serverErrorIsRetried() {
        UUID id = UUID.randomUUID();
        failOnceThen(id, okJson(caseJson(id, "ACTIVE")));

        assertThat(await(directory.find(id))).map(CaseSnapshot::id).contains(id);
        caseService.verify(2, getRequestedFor(urlEqualTo(path(id))));
    }

    @Test
    void slowCaseServiceTimesOutAsUnavailable() {
        UUID id = UUID.randomUUID();
        stub(id, okJson(caseJson(id, "ACTIVE")).withFixedDelay(1_500));

        long start = System.nanoTime();
        assertUnavailable(() -> await(directory.find(id)));

        // three attempts cut at the test's 500 ms timeout; without it each would succeed after 1.5 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_000));
        caseService.verify(3, getRequestedFor(urlEqualTo(path(id))));
    }

    @Test
    void caseServiceDownOpensTheBreakerWhichStopsCallingIt() {
        UUID id = UUID.randomUUID();
        stub(id, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertUnavailable(() -> await(directory.find(id))); // 3 failed attempts
        assertUnavailable(() -> await(directory.find(id))); // 4th failure opens the breaker, no further attempt
        assertThat(breakers.currentState(CaseDirectory.BREAKER)).isEqualTo(CircuitBreakerState.OPEN);
        int calls = caseService.countRequestsMatching(getRequestedFor(urlEqualTo(path(id))).build()).getCount();
        assertThat(calls).isEqualTo(4);

        UUID healthy = UUID.randomUUID();
        stub(healthy, okJson(caseJson(healthy, "ACTIVE")));
        assertUnavailable(() -> await(directory.find(id)));
        assertUnavailable(() -> await(directory.find(healthy)));
        given().auth().oauth2(Tokens.collector()).get("/test/plannable-cases/" + healthy)
                .then().statusCode(503)
                .header("Retry-After", "5")
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo(Problem.TYPE_BASE + "dependency-unavailable"))
                .body("detail", equalTo("case-service is unavailable; retry later"));

        assertThat(caseService.getAllServeEvents()).hasSize(calls);
    }

    @Test
    void closedOrDisputedCasesAreNotPlannable() {
        for (String status : new String[] {"CLOSED", "DISPUTED"}) {
            UUID id = UUID.randomUUID();
            stub(id, okJson(caseJson(id, status)));
            assertThatThrownBy(() -> await(directory.requirePlannable(id)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.toProblem(null).type()).isEqualTo(Problem.TYPE_BASE + "case-not-plannable");
                    });
        }
    }

    @Test
    void plannableCaseIsReturnedAndAnAbsentOneIsNotFound() {
        UUID id = UUID.randomUUID();
        stub(id, okJson(caseJson(id, "PROMISE_TO_PAY")));
        assertThat(await(directory.requirePlannable(id)).status()).isEqualTo(CaseSnapshot.Status.PROMISE_TO_PAY);

        UUID absent = UUID.randomUUID();
        stub(absent, aResponse().withStatus(404));
        assertThatThrownBy(() -> await(directory.requirePlannable(absent)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    private void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DependencyUnavailableException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.retryAfterSeconds()).isEqualTo(5);
        });
    }

    private void stub(UUID id, ResponseDefinitionBuilder response) {
        caseService.stubFor(get(urlEqualTo(path(id))).willReturn(response));
    }

    private void failOnceThen(UUID id, ResponseDefinitionBuilder response) {
        caseService.stubFor(get(urlEqualTo(path(id))).inScenario(id.toString()).whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        caseService.stubFor(get(urlEqualTo(path(id))).inScenario(id.toString()).whenScenarioStateIs("recovered")
                .willReturn(response));
    }

    private static String path(UUID id) {
        return "/api/v1/cases/" + id;
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(15));
    }

    private static String caseJson(UUID id, String status) {
        return """
                {"id":"%s","creditorId":"ACME-BANK","externalRef":"LN-1","status":"%s","debtorId":"%s",
                 "debtor":{"fullName":"W*** L*"},"currency":"CNY","totalDebt":"1200.00","paymentsReceived":"185.00",
                 "balance":"1015.00","daysPastDue":42,"bucket":"B2","flags":{"ceaseCommunication":false},
                 "agencyId":null,"version":3,"createdAt":"2026-03-01T08:00:00Z"}""".formatted(id, status, DEBTOR);
    }
}
