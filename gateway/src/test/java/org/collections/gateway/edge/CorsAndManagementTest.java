package org.collections.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Browsers of the configured origins (https://app.example.org in the test profile) may call the API; others may not.
 * SREs see every upstream and its breaker on the readiness endpoint, which stays UP when a service is down, and the
 * proxied traffic in the metrics, both on the management port.
 */
@QuarkusTest
class CorsAndManagementTest {

    UpstreamMocks.Servers upstreams;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @Test
    void aPreflightFromAConfiguredOriginIsAllowedWithoutAToken() {
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/cases")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void aPreflightFromAnyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/cases")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anAllowedOriginCanReadTheRequestIdAndRateLimitHeaders() {
        upstreams.cases().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
        given().auth().oauth2(Tokens.collector()).header("Origin", "https://app.example.org").get("/api/v1/cases/1")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void readinessListsEveryUpstreamAndStaysUpWhileOneIsDown() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/test-down/x").then().statusCode(503);
        given().get(management() + "/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'gateway-upstreams' }.data.case", containsString(upstreams.cases().baseUrl()))
                .body("checks.find { it.name == 'gateway-upstreams' }.data.down", containsString("http://127.0.0.1:1"));
    }

    @Test
    void proxiedRequestsAreCountedByRouteUpstreamAndStatus() {
        upstreams.cases().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
        given().auth().oauth2(Tokens.collector()).get("/api/v1/cases/1").then().statusCode(200);
        String text = given().get(management() + "/q/metrics").then().statusCode(200).extract().asString();
        assertThat(text).containsPattern("gateway_requests_seconds_count\\{[^}]*route=\"cases\"[^}]*status=\"200\"[^}]*upstream=\"case\"");
        // histogram buckets, for the p99 latency alert and the dashboard (k8s chart)
        assertThat(text).containsPattern("gateway_requests_seconds_bucket\\{[^}]*route=\"cases\"[^}]*le=\"0\\.25\"");
        // the webhook outcomes exist before the first delivery, so that the dead-letter alert sees the first one
        assertThat(text).containsPattern("webhooks_deliveries_total\\{[^}]*outcome=\"dead\"[^}]*} ");
    }

    /** The management interface's origin (the annotation's URL carries its root path, which the paths here include). */
    private String management() {
        return managementRoot.getProtocol() + "://" + managementRoot.getHost() + ":" + managementRoot.getPort();
    }
}
