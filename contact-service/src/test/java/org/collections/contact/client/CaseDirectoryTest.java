package org.collections.contact.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.collections.commons.client.ServiceCredentials;
import org.collections.commons.problem.DependencyUnavailableException;
import org.collections.commons.problem.Problem;
import org.collections.commons.problem.ProblemException;
import org.collections.contact.compliance.Restriction;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ShortFaultTolerance.class)
@QuarkusTestResource(value = CaseServiceMock.class, restrictToAnnotatedClass = true)
class CaseDirectoryTest {

    WireMockServer caseService;

    @GatewayMock
    WireMockServer gateway;

    @Inject
    CaseDirectory directory;

    @Inject
    ServiceCredentials credentials;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** Test-only endpoint, so that the directory runs inside an HTTP request that carries a bearer token. */
    @Path("/test/case-directory")
    public static class Lookup {

        @Inject
        CaseDirectory directory;

        @GET
        @Path("/{id}")
        @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
        public Uni<CaseSnapshot> get(@PathParam("id") UUID id) {
            return directory.require(id);
        }
    }

    private static boolean warmedUp;

    @BeforeEach
    void reset() {
        gateway.resetAll();
        GatewayTokens.issueServiceToken(gateway);
        renewServiceToken();
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
    void findsTheCaseWithWhatTheReplicaAndTemplatesNeed() {
        FakeCase c = FakeCase.cn().stubOn(caseService);

        CaseSnapshot found = await(directory.find(c.id())).orElseThrow();

        assertThat(found.id()).isEqualTo(c.id());
        assertThat(found.debtorId()).isEqualTo(c.debtorId());
        assertThat(found.creditorId()).isEqualTo("ACME");
        assertThat(found.status()).isEqualTo("ACTIVE");
        assertThat(found.debtor().fullName()).isEqualTo("李伟");
        assertThat(found.debtor().jurisdiction()).isEqualTo("CN");
        assertThat(found.debtor().timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(found.debtor().preferredLanguage()).isEqualTo("zh-CN");
        assertThat(found.currency()).isEqualTo("CNY");
        assertThat(found.balance()).isEqualTo(new BigDecimal("1015.50"));
        assertThat(found.oldestDueDate()).contains(LocalDate.of(2026, 8, 15));
        assertThat(found.restrictionSet()).isEmpty();
        assertThat(found.version()).isEqualTo(4);
    }

    @Test
    void readsRestrictionsAndPlacement() {
        FakeCase c = FakeCase.us().placedWith("AG-1");
        c = new FakeCase(c.id(), c.debtorId(), c.creditorId(), c.externalRef(), "DISPUTED", c.fullName(), c.jurisdiction(),
                c.timeZone(), c.preferredLanguage(), c.currency(), c.balance(), c.oldestUnpaidDate(),
                List.of("DISPUTED", "CEASE_COMMUNICATION"), c.agencyId(), c.version()).stubOn(caseService);

        CaseSnapshot found = await(directory.find(c.id())).orElseThrow();

        assertThat(found.restrictionSet()).containsExactlyInAnyOrder(Restriction.DISPUTED, Restriction.CEASE_COMMUNICATION);
        assertThat(found.agencyId()).isEqualTo("AG-1");
    }

    @Test
    void forwardsTheCallersBearerTokenOnEveryAttempt() {
        FakeCase c = FakeCase.us();
        failOnceThen(c.id(), okJson(c.json()));
        String token = Tokens.collector();

        given().auth().oauth2(token).get("/test/case-directory/" + c.id())
                .then().statusCode(200).body("id", equalTo(c.id().toString()));

        caseService.verify(2, getRequestedFor(urlEqualTo(path(c.id()))).withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    /** Forgets the cached service token and fetches one now, so that no test's first call waits for the gateway. */
    private void renewServiceToken() {
        credentials.refused(await(credentials.authorization()));
        await(credentials.authorization());
        gateway.resetRequests();
    }

    @Test
    void outsideARequestTheServicesOwnTokenIsFetchedOnceAndReused() {
        gateway.resetAll();
        GatewayTokens.issue(gateway, "service-token-1");
        credentials.refused(await(credentials.authorization()));
        gateway.resetRequests();
        assertThat(await(credentials.authorization())).isEqualTo("Bearer service-token-1");
        List<FakeCase> cases = List.of(FakeCase.us().stubOn(caseService), FakeCase.cn().stubOn(caseService),
                FakeCase.us().stubOn(caseService));

        for (FakeCase c : cases) {
            assertThat(await(directory.find(c.id()))).isPresent();
        }

        gateway.verify(1, postRequestedFor(urlEqualTo(GatewayTokens.PATH))
                .withHeader("Authorization", WireMock.equalTo(GatewayTokens.BASIC))
                .withRequestBody(WireMock.equalTo("grant_type=client_credentials")));
        for (FakeCase c : cases) {
            caseService.verify(1, getRequestedFor(urlEqualTo(path(c.id())))
                    .withHeader("Authorization", WireMock.equalTo("Bearer service-token-1")));
        }
    }

    @Test
    void aRefusedServiceTokenIsReplacedAndTheCallMadeOnceMore() {
        gateway.resetAll();
        gateway.stubFor(post(urlEqualTo(GatewayTokens.PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"access_token\":\"stale\",\"token_type\":\"Bearer\",\"expires_in\":900}"))
                .willSetStateTo("renewed"));
        gateway.stubFor(post(urlEqualTo(GatewayTokens.PATH)).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"access_token\":\"fresh\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
        renewServiceToken(); // "stale"
        FakeCase c = FakeCase.us();
        caseService.stubFor(get(urlEqualTo(path(c.id()))).withHeader("Authorization", WireMock.equalTo("Bearer stale"))
                .willReturn(aResponse().withStatus(401)));
        caseService.stubFor(get(urlEqualTo(path(c.id()))).withHeader("Authorization", WireMock.equalTo("Bearer fresh"))
                .willReturn(okJson(c.json())));

        assertThat(await(directory.find(c.id()))).isPresent();
        assertThat(await(directory.find(c.id()))).isPresent();

        gateway.verify(1, postRequestedFor(urlEqualTo(GatewayTokens.PATH))); // "fresh", after the refusal
        caseService.verify(1, getRequestedFor(urlEqualTo(path(c.id()))).withHeader("Authorization", WireMock.equalTo("Bearer stale")));
        caseService.verify(2, getRequestedFor(urlEqualTo(path(c.id()))).withHeader("Authorization", WireMock.equalTo("Bearer fresh")));
        assertThat(breakers.currentState(CaseDirectory.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void theCallersTokenIsForwardedAndNoServiceTokenIsFetched() {
        FakeCase c = FakeCase.us().stubOn(caseService);
        UUID refused = UUID.randomUUID();
        stub(refused, aResponse().withStatus(401));
        String token = Tokens.agency("AG-1");

        given().auth().oauth2(token).get("/test/case-directory/" + c.id()).then().statusCode(200);
        given().auth().oauth2(token).get("/test/case-directory/" + refused).then().statusCode(401);

        caseService.verify(1, getRequestedFor(urlEqualTo(path(c.id()))).withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
        caseService.verify(1, getRequestedFor(urlEqualTo(path(refused)))); // the caller's refusal is its answer
        gateway.verify(0, postRequestedFor(urlEqualTo(GatewayTokens.PATH)));
    }

    @Test
    void withoutATokenOfItsOwnContactServiceCallsNobody() {
        gateway.resetAll();
        gateway.stubFor(post(urlEqualTo(GatewayTokens.PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        credentials.refused(await(credentials.authorization().onFailure().recoverWithNull()));
        FakeCase c = FakeCase.us().stubOn(caseService);

        assertUnavailable(() -> await(directory.find(c.id())));

        caseService.verify(0, getRequestedFor(urlEqualTo(path(c.id()))));
        assertThat(caseService.getAllServeEvents()).isEmpty();
    }

    @Test
    void everyCallCarriesABearerToken() {
        FakeCase c = FakeCase.cn().stubOn(caseService);
        await(directory.find(c.id()));
        given().auth().oauth2(Tokens.collector()).get("/test/case-directory/" + c.id()).then().statusCode(200);

        assertThat(caseService.getAllServeEvents()).hasSize(2).allSatisfy(event ->
                assertThat(event.getRequest().getHeader("Authorization")).matches("Bearer [A-Za-z0-9_.-]{20,}"));
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
        given().auth().oauth2(Tokens.collector()).get("/test/case-directory/" + absent).then().statusCode(404)
                .contentType(startsWith(Problem.MEDIA_TYPE));
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
        FakeCase c = FakeCase.us();
        failOnceThen(c.id(), okJson(c.json()));

        assertThat(await(directory.find(c.id()))).map(CaseSnapshot::id).contains(c.id());
        caseService.verify(2, getRequestedFor(urlEqualTo(path(c.id()))));
    }

    @Test
    void persistentServerErrorsAreRetriedThenA503WithRetryAfter() {
        UUID id = UUID.randomUUID();
        stub(id, serverError());

        given().auth().oauth2(Tokens.collector()).get("/test/case-directory/" + id)
                .then().statusCode(503)
                .header("Retry-After", "5")
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo(Problem.TYPE_BASE + "dependency-unavailable"));

        caseService.verify(3, getRequestedFor(urlEqualTo(path(id))));
    }

    @Test
    void slowCaseServiceTimesOutAsUnavailable() {
        FakeCase c = FakeCase.us();
        stub(c.id(), okJson(c.json()).withFixedDelay(1_500));

        long start = System.nanoTime();
        assertUnavailable(() -> await(directory.find(c.id())));

        // three attempts cut at the test's 500 ms timeout; without it each would succeed after 1.5 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_000));
        caseService.verify(3, getRequestedFor(urlEqualTo(path(c.id()))));
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

        FakeCase healthy = FakeCase.us().stubOn(caseService);
        assertUnavailable(() -> await(directory.find(healthy.id())));
        given().auth().oauth2(Tokens.collector()).get("/test/case-directory/" + healthy.id())
                .then().statusCode(503)
                .header("Retry-After", "5")
                .body("detail", equalTo("case-service is unavailable; retry later"));

        assertThat(caseService.getAllServeEvents()).hasSize(calls);
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
}
