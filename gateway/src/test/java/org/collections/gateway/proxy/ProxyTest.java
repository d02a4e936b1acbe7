package org.collections.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests reach the service that owns their path, with their body, query and headers, and its answer comes back. */
@QuarkusTest
class ProxyTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    UpstreamMocks.Servers upstreams;

    @TestHTTPResource("/")
    URL gateway;

    private final String token = Tokens.mint("proxy-" + UUID.randomUUID(), "admin", null);

    @BeforeEach
    void reset() {
        upstreams.reset();
    }

    @Test
    void eachServicesPathsReachThatServiceWithBodyQueryAndStatus() {
        upstreams.cases().stubFor(post("/api/v1/cases").withRequestBody(equalToJson("{\"creditorId\":\"ACME\"}"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", "/api/v1/cases/42")
                        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"42\"}")));
        upstreams.contact().stubFor(get(urlPathEqualTo("/api/v1/agencies/AGENCY-A/kpis")).withQueryParam("from", equalTo("2026-11-01"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"attempts\":7}")));
        upstreams.plans().stubFor(put("/api/v1/plans/7/approve").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409,\"title\":\"Conflict\"}")));

        given().auth().oauth2(token).contentType("application/json").body("{\"creditorId\":\"ACME\"}")
                .post("/api/v1/cases")
                .then().statusCode(201).header("Location", "/api/v1/cases/42")
                .body("id", is("42"));
        given().auth().oauth2(token).get("/api/v1/agencies/AGENCY-A/kpis?from=2026-11-01")
                .then().statusCode(200).body("attempts", is(7));
        given().auth().oauth2(token).put("/api/v1/plans/7/approve")
                .then().statusCode(409).contentType("application/problem+json").body("title", is("Conflict"));

        assertThat(upstreams.cases().findAll(postRequestedFor(urlEqualTo("/api/v1/cases")))).hasSize(1);
        assertThat(upstreams.contact().findAll(getRequestedFor(anyUrl()))).hasSize(1);
        assertThat(upstreams.cases().findAll(getRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void theTokenAndTheClientsHeadersArePassedOnWithForwardingHeaders() {
        upstreams.cases().stubFor(get("/api/v1/cases/42").willReturn(aResponse().withBody("{}")));

        given().auth().oauth2(token).header("Accept-Language", "zh-CN").header("If-None-Match", "\"3\"")
                .get("/api/v1/cases/42").then().statusCode(200);

        LoggedRequest seen = upstreams.cases().findAll(getRequestedFor(urlEqualTo("/api/v1/cases/42"))).get(0);
        assertThat(seen.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.getHeader("Accept-Language")).isEqualTo("zh-CN");
        assertThat(seen.getHeader("If-None-Match")).isEqualTo("\"3\"");
        assertThat(seen.getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(seen.getHeader("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(seen.getHeader("X-Forwarded-Host")).isEqualTo(gateway.getHost() + ":" + gateway.getPort());
    }

    @Test
    void aSaneRequestIdIsKeptAndAnyOtherIsReplacedOnTheUpstreamRequestAndTheResponse() {
        upstreams.plans().stubFor(get("/api/v1/payments/1").willReturn(aResponse().withHeader("X-Request-Id", "upstream-made-this").withBody("{}")));

        given().auth().oauth2(token).header("X-Request-Id", "client-req.42_A-b").get("/api/v1/payments/1")
                .then().statusCode(200).header("X-Request-Id", "client-req.42_A-b");
        String generated = given().auth().oauth2(token).get("/api/v1/payments/1")
                .then().statusCode(200).extract().header("X-Request-Id");
        String replaced = given().auth().oauth2(token).header("X-Request-Id", "bad id with spaces <script>")
                .get("/api/v1/payments/1").then().statusCode(200).extract().header("X-Request-Id");
        String tooLong = given().auth().oauth2(token).header("X-Request-Id", "a".repeat(129))
                .get("/api/v1/payments/1").then().statusCode(200).extract().header("X-Request-Id");

        assertThat(List.of(generated, replaced, tooLong)).allSatisfy(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        List<String> seen = upstreams.plans().findAll(getRequestedFor(anyUrl())).stream()
                .map(r -> r.getHeader("X-Request-Id")).toList();
        assertThat(seen).containsExactly("client-req.42_A-b", generated, replaced, tooLong);
    }

    @Test
    void theUpstreamRequestContinuesTheClientsTraceAsAChildOfTheGatewaysSpan() {
        upstreams.contact().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String clientSpan = "00f067aa0ba902b7";

        given().auth().oauth2(token).header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                .get("/api/v1/templates").then().statusCode(200);

        Matcher seen = traceparent(upstreams.contact().findAll(getRequestedFor(anyUrl())).get(0));
        assertThat(seen.group(1)).isEqualTo(traceId);
        assertThat(seen.group(2)).isNotEqualTo(clientSpan);
        assertThat(seen.group(3)).isEqualTo("01");
    }

    @Test
    void aRequestWithoutAUsableTraceparentReachesTheUpstreamInAFreshTrace() {
        upstreams.contact().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
        String zeroTraceId = "00-00000000000000000000000000000000-00f067aa0ba902b7-01";

        given().auth().oauth2(token).get("/api/v1/templates").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/templates").then().statusCode(200);
        given().auth().oauth2(token).header("traceparent", zeroTraceId).get("/api/v1/templates").then().statusCode(200);

        List<String> traceIds = upstreams.contact().findAll(getRequestedFor(anyUrl())).stream()
                .map(r -> traceparent(r).group(1)).toList();
        assertThat(traceIds).hasSize(3).doesNotHaveDuplicates().doesNotContain("0".repeat(32));
    }

    /** The one W3C traceparent header of a request the upstream received, parsed: trace id, parent id, flags. */
    private static Matcher traceparent(LoggedRequest request) {
        assertThat(request.getHeaders().getHeader("traceparent").values()).hasSize(1);
        Matcher m = TRACEPARENT.matcher(request.getHeader("traceparent"));
        assertThat(m.matches()).as(request.getHeader("traceparent")).isTrue();
        assertThat(m.group(1)).isNotEqualTo("0".repeat(32));
        assertThat(m.group(2)).isNotEqualTo("0".repeat(16));
        return m;
    }

    @Test
    void hopByHopHeadersAndTheHeadersConnectionNamesDoNotReachTheService() throws Exception {
        upstreams.cases().stubFor(get("/api/v1/cases/7").willReturn(aResponse().withBody("{}")));
        String request = "GET /api/v1/cases/7 HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Connection: close, X-Hop-Secret\r\nX-Hop-Secret: only-for-the-gateway\r\n"
                + "Keep-Alive: timeout=5\r\nTE: trailers\r\nProxy-Authorization: Basic Zm9vOmJhcg==\r\n"
                + "X-End-To-End: kept\r\n\r\n";
        String statusLine;
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
        assertThat(statusLine).isEqualTo("HTTP/1.1 200 OK");
        LoggedRequest seen = upstreams.cases().findAll(getRequestedFor(urlEqualTo("/api/v1/cases/7"))).get(0);
        assertThat(seen.getHeader("X-End-To-End")).isEqualTo("kept");
        assertThat(seen.containsHeader("X-Hop-Secret")).isFalse();
        assertThat(seen.containsHeader("Keep-Alive")).isFalse();
        assertThat(seen.containsHeader("TE")).isFalse();
        assertThat(seen.containsHeader("Proxy-Authorization")).isFalse();
    }

    @Test
    void aBulkImportOfManyMegabytesStreamsThroughChunked() {
        upstreams.cases().stubFor(post("/api/v1/case-imports").willReturn(aResponse().withStatus(202).withBody("{}")));
        int size = 24 * 1024 * 1024;

        given().auth().oauth2(token).contentType("text/csv").body(new RepeatingStream(size))
                .post("/api/v1/case-imports").then().statusCode(202);

        LoggedRequest seen = upstreams.cases().findAll(postRequestedFor(urlEqualTo("/api/v1/case-imports"))).get(0);
        assertThat(seen.getBody()).hasSize(size);
        assertThat(seen.getBody()[size - 1]).isEqualTo((byte) ('a' + (size - 1) % 26));
    }

    @Test
    void anApiPathNoServiceServesIsAProblem404FromTheGateway() {
        given().auth().oauth2(token).get("/api/v1/widgets/1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", is("/problems/not-found")).body("status", is(404));
    }

    /** A body of {@code size} bytes produced on the fly, so the test does not hold it either. */
    static final class RepeatingStream extends java.io.InputStream {
        private final long size;
        private long position;

        RepeatingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? 'a' + (int) (position++ % 26) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ('a' + (int) (position++ % 26));
            }
            return n;
        }
    }
}
