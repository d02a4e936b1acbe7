package org.collections.cases.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.collections.cases.TestClock;
import org.collections.cases.scoring.PortfolioRows;
import org.collections.cases.scoring.ProtectedAttributes;
import org.collections.cases.scoring.SyntheticPortfolio;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringTest {

    @Inject
    Scorer scorer;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aNewCaseIsScoredByTheScorecardAndAPaymentRaisesItsScoreWithinOneDrain() throws Exception {
        String id = openCase();
        int before = as(Tokens.collector()).get("/api/v1/cases/" + id + "/score").then().statusCode(200)
                .body("source", equalTo("SCORECARD@1")).extract().path("score");

        deliver("plan-service", "PaymentPosted", Map.of("caseId", id, "paymentId", "p-1", "amount", "100.00", "currency", "CNY"));
        assertThat(Jdbc.count("select count(*) from case_outcome where kind = 'PAYMENT' and case_id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(Jdbc.count("select count(*) from score_request where case_id = '" + id + "'")).isEqualTo(1);
        scorer.drain();

        Response after = as(Tokens.collector()).get("/api/v1/cases/" + id + "/score");
        after.then().statusCode(200).body("source", equalTo("SCORECARD@1"));
        assertThat(after.<Integer>path("score")).isGreaterThan(before);
        assertThat(after.<List<String>>path("reasons.feature")).contains("PAYMENTS_90D");
        assertThat(Jdbc.count("select count(*) from score_request where case_id = '" + id + "'")).isZero();
    }

    @Test
    void aConversationWithTheDebtorEntersTheHistoryAndTheScore() throws Exception {
        String id = openCase();
        deliver("contact-service", "ContactAttempted", attempt(id, "CALL", "RIGHT_PARTY_CONTACT", "AGENCY-A"));
        deliver("contact-service", "ContactAttempted", attempt(id, "SMS", "DELIVERED", null));

        assertThat(Jdbc.query("select kind, channel, agency_id, actor from case_outcome where case_id = '" + id
                + "' order by id")).extracting(r -> r.get("kind") + "/" + r.get("channel") + "/" + r.get("agency_id")
                + "/" + r.get("actor")).containsExactly("RIGHT_PARTY_CONTACT/CALL/AGENCY-A/c-1",
                "CONTACT_ATTEMPT/SMS/null/c-1");
        scorer.drain();
        as(Tokens.admin()).get("/api/v1/cases/" + id + "/score").then().statusCode(200);
        assertThat(Jdbc.query("select reasons from case_score where case_id = '" + id + "'").get(0).get("reasons")
                .toString()).contains("RIGHT_PARTY_CONTACTS_30D");
    }

    @Test
    void aCreditorWithEnoughHistoryGetsAModelThatBeatsTheScorecardAndScoresItsCases() throws Exception {
        List<UUID> cases = history("SCORE-BANK", 2500);

        Response trained = as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("creditorId", "SCORE-BANK"))
                .post("/api/v1/score-models");

        trained.then().statusCode(201).body("status", equalTo("ACTIVE")).body("version", equalTo(1));
        float auc = trained.path("auc");
        float scorecardAuc = trained.path("scorecardAuc");
        assertThat(auc).isGreaterThan(0.65f).isGreaterThan(scorecardAuc);
        assertThat(trained.<List<String>>path("features.name")).contains("DAYS_PAST_DUE", "PRODUCT=PERSONAL_LOAN")
                .noneMatch(ProtectedAttributes::isProtected);
        assertThat(trained.<List<String>>path("excludedAttributes")).contains("AGE", "SEX", "RELIGION", "TIME_ZONE");
        assertThat(trained.<Integer>path("holdoutSamples")).isPositive();
        String location = trained.header("Location");
        as(Tokens.auditor()).get(location).then().statusCode(200).body("auc", equalTo(auc));

        scorer.drain();
        as(Tokens.admin()).get("/api/v1/cases/" + cases.get(0) + "/score").then().statusCode(200)
                .body("source", equalTo("SCORE-BANK@1"));
        as(Tokens.supervisor()).queryParam("creditorId", "SCORE-BANK").get("/api/v1/score-models").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].status", equalTo("ACTIVE"));
    }

    @Test
    void aCreditorWithLittleHistoryKeepsTheScorecard() throws Exception {
        List<UUID> cases = history("SMALL-BANK", 40);

        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("creditorId", "SMALL-BANK"))
                .post("/api/v1/score-models").then().statusCode(201).body("status", equalTo("REJECTED"))
                .body("statusReason", org.hamcrest.Matchers.startsWith("too little history"));

        scorer.drain();
        as(Tokens.admin()).get("/api/v1/cases/" + cases.get(0) + "/score").then().statusCode(200)
                .body("source", equalTo("SCORECARD@1"));
    }

    @Test
    void scoresAreScopedAndModelsAreForThoseAnsweringForThem() {
        String id = openCase();

        as(Tokens.agency("AGENCY-X")).get("/api/v1/cases/" + id + "/score").then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/cases/" + UUID.randomUUID() + "/score").then().statusCode(404);
        as(Tokens.collector()).queryParam("creditorId", "ACME").get("/api/v1/score-models").then().statusCode(403);
        as(Tokens.supervisor()).contentType(ContentType.JSON).body(Map.of("creditorId", "ACME"))
                .post("/api/v1/score-models").then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/score-models").then().statusCode(422)
                .contentType("application/problem+json");
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/score-models").then()
                .statusCode(422);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("creditorId", "NO-SUCH-BANK"))
                .post("/api/v1/score-models").then().statusCode(422).body("errors[0].field", equalTo("creditorId"));
        assertThat(Jdbc.count("select count(*) from score_model where creditor_id = 'NO-SUCH-BANK'")).isZero();
    }

    private Map<String, Object> attempt(String caseId, String channel, String outcome, String agencyId) {
        Map<String, Object> attempt = new LinkedHashMap<>(Map.of("caseId", caseId, "attemptId", 7, "channel", channel,
                "direction", "OUTBOUND", "person", "DEBTOR", "outcome", outcome, "compliant", true, "collector", "c-1",
                "at", clock.instant().toString()));
        attempt.put("rightPartyContact", outcome.equals("RIGHT_PARTY_CONTACT"));
        attempt.put("agencyId", agencyId);
        return attempt;
    }

    /** Cases of a creditor with six months of synthetic history; every case is queued for scoring. */
    private List<UUID> history(String creditor, int count) throws Exception {
        Instant start = clock.instant().minus(Duration.ofDays(SyntheticPortfolio.DAYS + 5));
        try (Connection c = dataSource.getConnection()) {
            return PortfolioRows.write(c, creditor, SyntheticPortfolio.generate(count, creditor.hashCode(), start));
        }
    }

    private void deliver(String source, String type, Map<String, Object> payload) throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("source", source);
        envelope.put("aggregateId", payload.get("caseId"));
        envelope.put("occurredAt", clock.instant().toString());
        envelope.put("payload", payload);
        String body = mapper.writeValueAsString(envelope);
        given().contentType(ContentType.JSON).headers(SignedEvents.headers(source, body)).body(body)
                .post("/internal/v1/events").then().statusCode(200);
    }
}
