package org.collections.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each client has its own budget per route class (the test profile allows 3 searches, then 1 a minute); the headers
 * say how much is left, and a client over budget gets 429 with Retry-After while the service is not called.
 */
@QuarkusTest
class RateLimitTest {

    UpstreamMocks.Servers upstreams;

    @BeforeEach
    void stub() {
        upstreams.reset();
        upstreams.cases().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"items\":[]}")));
    }

    @Test
    void aClientOverItsSearchBudgetGets429WithRetryAfterAndOthersAreNotAffected() {
        String token = Tokens.mint("searcher-" + UUID.randomUUID(), "collector", null);
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).get("/api/v1/cases?creditorId=ACME").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Policy", "3;w=180");
        }
        given().auth().oauth2(token).get("/api/v1/cases?creditorId=ACME").then().statusCode(429)
                .contentType("application/problem+json").body("status", is(429)).body("type", is("/problems/rate-limited"))
                .header("Retry-After", matchesPattern("[1-9]|[1-5][0-9]|60"))
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", matchesPattern("[1-9][0-9]{0,2}"));
        assertThat(upstreams.cases().findAll(anyRequestedFor(anyUrl()))).hasSize(3);

        // Other route classes of the same client and the same class of another client have their own budgets
        given().auth().oauth2(token).get("/api/v1/cases/1").then().statusCode(200).header("RateLimit-Limit", "120");
        given().auth().oauth2(Tokens.mint("other-" + UUID.randomUUID(), "collector", null))
                .get("/api/v1/cases?creditorId=ACME").then().statusCode(200).header("RateLimit-Remaining", "2");
    }

    @Test
    void theUsersOfOneAgencyShareItsBudget() {
        String agency = "AGENCY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.mint("agent-" + i + "-" + UUID.randomUUID(), "agency", agency))
                    .get("/api/v1/cases").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.mint("agent-new-" + UUID.randomUUID(), "agency", agency))
                .get("/api/v1/cases").then().statusCode(429);
    }
}
