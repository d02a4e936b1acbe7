package org.collections.cases.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Tokens signed with the right key are still refused when their audience, lifetime, issue time or claims are wrong. */
@QuarkusTest
class TokenValidationTest {

    private static final long NOW = Instant.now().getEpochSecond();

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/cases?limit=1").then().statusCode(401);
    }

    @Test
    void aWellFormedTokenIsAccepted() {
        given().auth().oauth2(Tokens.collector()).get("/api/v1/cases?limit=1").then().statusCode(200);
        given().auth().oauth2(Tokens.agency("AG-TOKEN")).get("/api/v1/cases?limit=1").then().statusCode(200);
    }

    @Test
    void aTokenWithoutTheAudienceOrForAnotherIsRefused() {
        refused(Tokens.custom("collector-user", "collector", null, c -> c.remove("aud")));
        refused(Tokens.custom("collector-user", "collector", null, c -> c.audience("another-api")));
    }

    @Test
    void aHundredYearTokenIsRefused() {
        refused(Tokens.custom("collector-user", "collector", null,
                c -> c.expiresAt(NOW + Duration.ofDays(36_500).toSeconds())));
        refused(Tokens.custom("collector-user", "collector", null,
                c -> c.issuedAt(NOW - Duration.ofHours(20).toSeconds()).expiresAt(NOW + Duration.ofHours(5).toSeconds())));
    }

    @Test
    void aTokenIssuedAnHourInTheFutureIsRefusedButSecondsOfSkewAreFine() {
        refused(Tokens.custom("collector-user", "collector", null,
                c -> c.issuedAt(NOW + 3600).expiresAt(NOW + 7200)));
        given().auth().oauth2(Tokens.custom("collector-user", "collector", null,
                c -> c.issuedAt(Instant.now().getEpochSecond() + 20).expiresAt(NOW + 3600)))
                .get("/api/v1/cases?limit=1").then().statusCode(200);
    }

    @Test
    void anAgencyTokenWithoutAgencyIdIsA401NotA500() {
        refused(Tokens.custom("agency-user", "agency", null, c -> { }));
        refused(Tokens.custom("agency-user", "agency", "  ", c -> { }));
    }

    @Test
    void anEmptyOrMissingSubjectIsRefused() {
        refused(Tokens.custom("", "collector", null, c -> { }));
        refused(Tokens.custom(null, "collector", null, c -> c.upn("someone")));
        refused(Tokens.custom(null, "collector", null, c -> c.upn("someone").subject(" ")));
    }
}
