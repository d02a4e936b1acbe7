package org.collections.plans.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.collections.commons.http.Cursors;
import org.collections.commons.problem.DependencyUnavailableException;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.collections.plans.client.CaseLedgerPage.AppliedEvent;
import org.collections.plans.client.CaseLedgerPage.CaseLedger;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation's reader of case-service's case ledgers against a WireMock case-service: it walks the pages to
 * the last, with plan-service's own token in the nightly job and the caller's on demand; a 4xx is an answer that
 * reaches the run as is, an outage (5xx, no answer, too slow) is retried and then a 503 the run can resume after.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class CaseLedgersTest {

    private static final String PATH = "/api/v1/case-ledgers";
    private static final UUID START = new UUID(0, 0);
    private static final int PAGE = 200;

    WireMockServer caseService;

    @Inject
    CaseLedgers ledgers;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** Test-only endpoint, so that the ledgers are read inside an HTTP request that carries a bearer token. */
    @Path("/test/case-ledgers")
    public static class FirstPage {

        @Inject
        CaseLedgers ledgers;

        @GET
        @Operation(hidden = true)
        public Uni<CaseLedgerPage> get() {
            return ledgers.after(START, PAGE);
        }
    }

    private static boolean warmedUp;

    @BeforeEach
    void reset() {
        if (!warmedUp) { // the first calls (client, connection and tracing set-up) may exceed the test's 500 ms timeout
            caseService.stubFor(page(START).willReturn(okJson(pageJson(null))));
            for (int i = 0; i < 5 && !await(ledgers.after(START, PAGE).map(page -> true)
                    .onFailure().recoverWithItem(false)); i++) {
                breakers.resetAll();
            }
            warmedUp = true;
        }
        caseService.resetAll();
        breakers.resetAll();
    }

    @Test
    void theNightlyRunWalksThePagesToTheLastWithPlanServicesOwnToken() {
        UUID first = UUID.fromString("1b7e0c1e-0000-4000-8000-000000000001");
        UUID second = UUID.fromString("1b7e0c1e-0000-4000-8000-000000000002");
        UUID third = UUID.fromString("1b7e0c1e-0000-4000-8000-000000000003");
        UUID posted = UUID.randomUUID();
        UUID reversed = UUID.randomUUID();
        String nextCursor = Cursors.encode(second.toString()); // as case-service makes it: the last case of the page
        caseService.stubFor(page(START).willReturn(okJson(pageJson(nextCursor,
                ledgerJson(first, "USD", "70.00", eventJson(posted, "PaymentPosted", "100.00"),
                        eventJson(reversed, "PaymentReversed", "30.00")),
                ledgerJson(second, "CNY", "0.00")))));
        caseService.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("cursor", WireMock.equalTo(nextCursor))
                .willReturn(okJson(pageJson(null, ledgerJson(third, "GBP", "12.5")))));

        List<CaseLedger> read = new ArrayList<>();
        List<UUID> starts = new ArrayList<>();
        for (UUID after = START; after != null; ) { // as the reconciliation's batches go
            starts.add(after);
            CaseLedgerPage page = await(ledgers.after(after, PAGE));
            read.addAll(page.items());
            after = page.nextAfter();
        }

        assertThat(starts).containsExactly(START, second);
        assertThat(read).extracting(CaseLedger::caseId).containsExactly(first, second, third);
        CaseLedger withEvents = read.get(0);
        assertThat(withEvents.currency()).isEqualTo("USD");
        assertThat(withEvents.paymentsReceived()).isEqualByComparingTo("70.00");
        assertThat(withEvents.events()).containsExactly(new AppliedEvent(posted, "PaymentPosted", new BigDecimal("100.00")),
                new AppliedEvent(reversed, "PaymentReversed", new BigDecimal("30.00")));
        assertThat(read.get(2).paymentsReceived()).isEqualByComparingTo("12.50");
        caseService.verify(2, ledgerRequests());
        caseService.verify(2, ledgerRequests().withQueryParam("limit", WireMock.equalTo(String.valueOf(PAGE)))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + CaseServiceMock.SERVICE_TOKEN)));
    }

    @Test
    void anOnDemandRunAsksWithTheCallersToken() {
        UUID id = UUID.randomUUID();
        caseService.stubFor(page(START).willReturn(okJson(pageJson(null, ledgerJson(id, "USD", "5.00")))));
        String admin = Tokens.admin();

        given().auth().oauth2(admin).get("/test/case-ledgers").then().statusCode(200)
                .body("items[0].caseId", equalTo(id.toString()));

        caseService.verify(1, ledgerRequests().withHeader("Authorization", WireMock.equalTo("Bearer " + admin)));
    }

    @Test
    void aBatchLargerThanCaseServicesLargestPageAsksForThatPage() {
        caseService.stubFor(page(START).willReturn(okJson(pageJson(null))));

        assertThat(await(ledgers.after(START, 500)).items()).isEmpty();

        caseService.verify(1, ledgerRequests().withQueryParam("limit", WireMock.equalTo(String.valueOf(Cursors.MAX_LIMIT))));
    }

    @Test
    void aRefusedServiceTokenIsReplacedOnceAndTheCallGoesThrough() {
        caseService.stubFor(page(START).inScenario("expired").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("renewed"));
        caseService.stubFor(page(START).inScenario("expired").whenScenarioStateIs("renewed")
                .willReturn(okJson(pageJson(null, ledgerJson(UUID.randomUUID(), "USD", "1.00")))));

        assertThat(await(ledgers.after(START, PAGE)).items()).hasSize(1);
        caseService.verify(2, ledgerRequests());
    }

    @Test
    void tokensCaseServiceKeepsRefusingStopTheRunWith401WithoutRetryOrBreaker() {
        caseService.stubFor(page(START).willReturn(aResponse().withStatus(401)));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> await(ledgers.after(START, PAGE)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
        }

        caseService.verify(6, ledgerRequests()); // each call: the token, then a new one; never retried beyond that
        assertThat(breakers.currentState(CaseLedgers.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);

        String admin = Tokens.admin();
        given().auth().oauth2(admin).get("/test/case-ledgers").then().statusCode(401)
                .body("detail", equalTo("case-service did not accept the caller's token"));
        caseService.verify(1, ledgerRequests().withHeader("Authorization", WireMock.equalTo("Bearer " + admin)));
    }

    @Test
    void notFoundIsCaseServicesAnswerA502NeitherRetriedNorOpeningTheBreaker() {
        caseService.stubFor(page(START).willReturn(aResponse().withStatus(404).withHeader("Content-Type", Problem.MEDIA_TYPE)
                .withBody("{\"type\":\"" + Problem.TYPE_BASE + "not-found\",\"title\":\"Not found\",\"status\":404}")));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> await(ledgers.after(START, PAGE))).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(502);
                assertThat(e.toProblem(null).type()).isEqualTo(Problem.TYPE_BASE + "dependency-error");
            });
        }

        caseService.verify(5, ledgerRequests());
        assertThat(breakers.currentState(CaseLedgers.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void aServerErrorIsRetried() {
        caseService.stubFor(page(START).inScenario("hiccup").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        caseService.stubFor(page(START).inScenario("hiccup").whenScenarioStateIs("recovered")
                .willReturn(okJson(pageJson(null, ledgerJson(UUID.randomUUID(), "USD", "1.00")))));

        assertThat(await(ledgers.after(START, PAGE)).items()).hasSize(1);
        caseService.verify(2, ledgerRequests());
    }

    @Test
    void caseServiceUnavailableIsA503AfterThreeAttemptsAndThenTheBreakerStopsCallingIt() {
        caseService.stubFor(page(START).willReturn(aResponse().withStatus(503)));

        assertUnavailable(() -> await(ledgers.after(START, PAGE)));
        caseService.verify(3, ledgerRequests());

        caseService.resetAll();
        caseService.stubFor(page(START).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertUnavailable(() -> await(ledgers.after(START, PAGE))); // a 4th failure opens the breaker: no retry
        assertThat(breakers.currentState(CaseLedgers.BREAKER)).isEqualTo(CircuitBreakerState.OPEN);
        caseService.resetAll();
        caseService.stubFor(page(START).willReturn(okJson(pageJson(null))));

        assertUnavailable(() -> await(ledgers.after(START, PAGE)));
        caseService.verify(0, ledgerRequests());
    }

    @Test
    void aSlowCaseServiceTimesOutAsUnavailable() {
        caseService.stubFor(page(START).willReturn(okJson(pageJson(null)).withFixedDelay(1_500)));

        long start = System.nanoTime();
        assertUnavailable(() -> await(ledgers.after(START, PAGE)));

        // three attempts cut at the test's 500 ms timeout; without it each would succeed after 1.5 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_000));
        caseService.verify(3, ledgerRequests());
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DependencyUnavailableException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.retryAfterSeconds()).isEqualTo(5);
        });
    }

    private static MappingBuilder page(UUID after) {
        return get(urlPathEqualTo(PATH)).withQueryParam("cursor", WireMock.equalTo(Cursors.encode(after.toString())));
    }

    private static RequestPatternBuilder ledgerRequests() {
        return getRequestedFor(urlPathEqualTo(PATH));
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(15));
    }

    private static String pageJson(String nextCursor, String... ledgers) {
        return "{\"items\":[" + String.join(",", ledgers) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + ",\"limit\":" + PAGE + "}";
    }

    private static String ledgerJson(UUID caseId, String currency, String paymentsReceived, String... events) {
        return "{\"caseId\":\"%s\",\"currency\":\"%s\",\"paymentsReceived\":\"%s\",\"events\":[%s]}"
                .formatted(caseId, currency, paymentsReceived, String.join(",", events));
    }

    private static String eventJson(UUID eventId, String type, String amount) {
        return "{\"eventId\":\"%s\",\"type\":\"%s\",\"amount\":\"%s\"}".formatted(eventId, type, amount);
    }
}
