package org.collections.gateway.problems;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page size that is not a whole number is a 422 naming {@code limit}: from the gateway's own lists, and from a
 * service's list passed through untouched.
 */
@QuarkusTest
class QueryParameterProblemsTest {

    private static final String LIMIT_RULE = "must be a whole number between 1 and 200";

    UpstreamMocks.Servers upstreams;

    @BeforeEach
    void reset() {
        upstreams.reset();
    }

    @Test
    void theGatewaysOwnListsRefuseAMalformedLimitWith422NamingIt() {
        for (String list : List.of("/api/v1/webhook-deliveries", "/api/v1/webhook-endpoints", "/api/v1/partner-clients",
                "/api/v1/partner-certificates")) {
            for (String bad : List.of("abc", "1e1000000")) {
                given().auth().oauth2(Tokens.admin()).queryParam("limit", bad).get(list).then().statusCode(422)
                        .contentType("application/problem+json")
                        .body("errors[0].field", is("limit")).body("errors[0].message", is(LIMIT_RULE))
                        .body(not(containsString(bad)));
            }
        }
    }

    @Test
    void aServicesProblemForAMalformedLimitReachesTheClientAsTheServiceSentIt() {
        String problem = "{\"type\":\"/problems/validation\",\"title\":\"Validation failed\",\"status\":422,"
                + "\"detail\":\"limit: " + LIMIT_RULE + "\",\"errors\":[{\"field\":\"limit\",\"message\":\"" + LIMIT_RULE + "\"}]}";
        upstreams.cases().stubFor(get(urlPathEqualTo("/api/v1/cases")).withQueryParam("limit", equalTo("abc"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody(problem)));

        given().auth().oauth2(Tokens.admin()).get("/api/v1/cases?limit=abc").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("limit")).body("errors[0].message", is(LIMIT_RULE));
    }
}
