package org.collections.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies over 1 MiB are refused with 413 whether announced (Content-Length) or streamed (chunked); only the bulk
 * import may send more. URIs over 8 KiB are a 414. No refused request reaches a service.
 */
@QuarkusTest
class BodyLimitTest {

    private static final int MIB = 1024 * 1024;

    UpstreamMocks.Servers upstreams;

    @TestHTTPResource("/")
    URL gateway;

    private final String token = Tokens.mint("bodies-" + UUID.randomUUID(), "admin", null);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void stub() {
        upstreams.reset();
        upstreams.cases().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withBody("{}")));
    }

    @Test
    void aJsonBodyAnnouncedAsLargerThanOneMebibyteIs413() throws Exception {
        HttpResponse<String> response = send("/api/v1/cases", HttpRequest.BodyPublishers.ofByteArray(json(MIB + 1)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(upstreams.cases().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aChunkedJsonBodyStreamingPastOneMebibyteIs413() throws Exception {
        HttpResponse<String> response = send("/api/v1/cases",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(4 * MIB))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413").contains("/problems/payload-too-large");
        assertThat(upstreams.cases().findAll(postRequestedFor(urlEqualTo("/api/v1/cases")))).isEmpty();
    }

    @Test
    void aChunkedJsonBodyWithinTheLimitGoesThrough() throws Exception {
        HttpResponse<String> response = send("/api/v1/cases",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(MIB - 10))));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(upstreams.cases().findAll(postRequestedFor(urlEqualTo("/api/v1/cases"))).get(0).getBody()).hasSize(MIB - 10);
    }

    @Test
    void theBulkImportMaySendMore() throws Exception {
        HttpResponse<String> announced = send("/api/v1/case-imports", HttpRequest.BodyPublishers.ofByteArray(json(3 * MIB)));
        HttpResponse<String> chunked = send("/api/v1/case-imports",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(3 * MIB))));
        assertThat(announced.statusCode()).isEqualTo(201);
        assertThat(chunked.statusCode()).isEqualTo(201);
        assertThat(upstreams.cases().findAll(postRequestedFor(urlEqualTo("/api/v1/case-imports"))))
                .extracting(r -> r.getBody().length).containsExactly(3 * MIB, 3 * MIB);
    }

    @Test
    void aUriLongerThanEightKibibytesIs414() {
        given().auth().oauth2(token).get("/api/v1/cases/" + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", is(414));
        assertThat(upstreams.cases().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON document of exactly {@code size} bytes. */
    private static byte[] json(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        byte[] head = "{\"note\":\"".getBytes();
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[size - 2] = '"';
        bytes[size - 1] = '}';
        return bytes;
    }
}
