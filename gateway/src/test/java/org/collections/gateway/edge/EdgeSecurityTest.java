package org.collections.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.collections.gateway.UpstreamMocks;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every /api call needs a valid bearer token; the gateway refuses the others with 401 problem+json and an RFC 6750
 * challenge before any service sees them.
 */
@QuarkusTest
class EdgeSecurityTest {

    private static final String CHALLENGE = "Bearer realm=\"collections\"";
    private static final String INVALID = "Bearer realm=\"collections\", error=\"invalid_token\"";

    UpstreamMocks.Servers upstreams;

    @BeforeEach
    void stub() {
        upstreams.reset();
        upstreams.cases().stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
    }

    @Test
    void aValidTokenIsPassedOnUnchanged() {
        String token = Tokens.collector();
        given().auth().oauth2(token).get("/api/v1/cases/1").then().statusCode(200);
        assertThat(upstreams.cases().findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void withoutATokenTheChallengeNamesOnlyTheRealm() {
        given().get("/api/v1/cases/1").then().statusCode(401).header("WWW-Authenticate", CHALLENGE)
                .contentType("application/problem+json").body("status", is(401)).body("type", is("/problems/unauthorized"));
        assertThat(upstreams.cases().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void everyKindOfBadTokenIsAProblem401WithAnInvalidTokenChallenge() {
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = Map.of(
                "expired", Tokens.expired("collector", null),
                "wrong issuer", Tokens.custom("someone", "collector", null, c -> c.issuer("https://evil.example")),
                "wrong audience", Tokens.otherAudience("collector", null),
                "unknown signing key", Tokens.unknownKey("collector", null),
                "alg none", unsigned(Tokens.collector()),
                "lives longer than 24 h", Tokens.custom("someone", "collector", null, c -> c.issuedAt(now).expiresAt(now + 48 * 3600)),
                "agency token without agency_id", Tokens.custom("someone", "agency", null, c -> { }),
                "not a JWT", "not-a-jwt");
        tokens.forEach((what, token) -> withToken(token).get("/api/v1/cases/1").then().log().ifValidationFails()
                .statusCode(401).header("WWW-Authenticate", INVALID)
                .contentType("application/problem+json").body("status", is(401)).body("type", is("/problems/unauthorized")));
        assertThat(upstreams.cases().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aChallengeOfAnotherSchemeThatAHandlerSetIsKept() {
        given().get(OtherScheme.PATH).then().statusCode(401).header("WWW-Authenticate", OtherScheme.CHALLENGE);
        given().header("Authorization", "Basic Zm9vOmJhcg==").get(OtherScheme.PATH)
                .then().statusCode(401).header("WWW-Authenticate", OtherScheme.CHALLENGE);
    }

    /** Test only: a handler outside /api and /oauth2 that refuses with a challenge of its own. */
    @ApplicationScoped
    static class OtherScheme {

        static final String PATH = "/test/other-scheme";
        static final String CHALLENGE = "Digest realm=\"test\", nonce=\"abc\"";

        void install(@Observes Router router) {
            router.route(PATH).handler(rc -> rc.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", CHALLENGE).end());
        }
    }

    @Test
    void theGatewaysOwnDocumentStaysOpen() {
        given().get("/q/openapi").then().statusCode(200);
    }

    private static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** The claims of {@code token} with an {@code alg: none} header and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
