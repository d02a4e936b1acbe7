package org.collections.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failing service costs the client at most the route's timeout and always ends in problem+json: unreachable 503
 * (Retry-After), breaker open 503 (Retry-After = the breaker's delay, 30 s in the test profile), too slow 504 (the
 * decision class waits 1 s in the test profile), garbage 502. A client that hangs up is no failure of the service.
 */
@QuarkusTest
class ResilienceTest {

    UpstreamMocks.Servers upstreams;

    @Inject
    MeterRegistry registry;

    private final String token = Tokens.mint("resilience-" + UUID.randomUUID(), "admin", null);

    @BeforeEach
    void reset() {
        upstreams.reset();
    }

    @Test
    void anUnreachableServiceIsA503WithRetryAfterAtOnce() {
        long started = System.nanoTime();
        given().auth().oauth2(token).get("/api/v1/test-down/things").then().statusCode(503)
                .contentType("application/problem+json").body("status", is(503)).body("type", is("/problems/service-unavailable"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void afterRepeatedFailuresTheBreakerOpensAndAnswersWithoutTryingUntilItsDelayHasPassed() {
        Response last = null;
        for (int i = 0; i < 8; i++) {
            last = given().auth().oauth2(token).get("/api/v1/test-down/things");
            assertThat(last.statusCode()).isEqualTo(503);
        }
        assertThat(last.header("Retry-After")).isEqualTo("30");
        assertThat(last.jsonPath().getString("detail")).contains("stopped calling");
    }

    @Test
    void clientsHangingUpBeforeTheAnswerDoNotOpenTheBreaker() throws Exception {
        upstreams.plans().stubFor(get("/api/v1/plans/slow").willReturn(aResponse().withFixedDelay(3_000).withBody("{}")));
        upstreams.plans().stubFor(get("/api/v1/plans/fine").willReturn(aResponse().withBody("{}")));
        double before = clientClosed();
        int hangUps = 8; // twice the test profile's request-volume-threshold, so an open breaker would show
        for (int i = 0; i < hangUps; i++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write(("GET /api/v1/plans/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                await().atMost(Duration.ofSeconds(20)).until(() -> upstreams.plans()
                        .findAll(getRequestedFor(urlEqualTo("/api/v1/plans/slow"))).size() > 0);
            }
            upstreams.plans().resetRequests();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> clientClosed() - before >= hangUps);

        given().auth().oauth2(token).get("/api/v1/plans/fine").then().statusCode(200);
    }

    @Test
    void clientsHangingUpMidwayCostOtherClientsNothing() throws Exception {
        upstreams.plans().stubFor(get("/api/v1/plans/long").willReturn(aResponse().withBody("x".repeat(2_000_000))
                .withChunkedDribbleDelay(20, 1_000)));
        upstreams.plans().stubFor(post("/api/v1/plans/upload").willReturn(aResponse().withBody("{}")));
        upstreams.plans().stubFor(get("/api/v1/plans/fine").willReturn(aResponse().withBody("{}")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                hangUpAfterTheFirstBytesOf("GET /api/v1/plans/long HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + token + "\r\n\r\n");
                hangUpAfterTheFirstBytesOf("POST /api/v1/plans/upload HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + token + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"a\":");
                for (int j = 0; j < 4; j++) {
                    others.add(pool.submit(() -> given().auth().oauth2(token).get("/api/v1/plans/fine").statusCode()));
                }
            }
            for (Future<Integer> other : others) {
                assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            after.add(given().auth().oauth2(token).get("/api/v1/plans/fine").statusCode());
        }
        assertThat(after).containsOnly(200);
    }

    /** Sends the start of a request, reads the first bytes of the answer if one comes within 300 ms, and hangs up. */
    private static void hangUpAfterTheFirstBytesOf(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(300);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            try {
                socket.getInputStream().read(new byte[512]);
            } catch (java.net.SocketTimeoutException e) {
                // no answer yet: the hang-up comes mid-request
            }
        }
    }

    private double clientClosed() {
        return registry.find("gateway.requests").tag("upstream", "plan").tag("status", "499").timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }

    @Test
    void aServiceSlowerThanTheRouteTimeoutIsA504AtTheTimeout() {
        upstreams.contact().stubFor(post("/api/v1/contact-decisions").willReturn(aResponse().withFixedDelay(5_000).withBody("{}")));
        long started = System.nanoTime();
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/contact-decisions")
                .then().statusCode(504).contentType("application/problem+json").body("type", is("/problems/gateway-timeout"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(3_000));
    }

    @Test
    void aServiceAnsweringGarbageOrNothingIsA502() {
        upstreams.plans().stubFor(get("/api/v1/plans/garbage").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        upstreams.plans().stubFor(get("/api/v1/plans/nothing").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        for (String path : new String[] {"/api/v1/plans/garbage", "/api/v1/plans/nothing"}) {
            given().auth().oauth2(token).get(path).then().statusCode(502).contentType("application/problem+json")
                    .body("type", is("/problems/bad-gateway"));
        }
    }
}
