package org.collections.contact.api;

import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The clock stands at 2026-11-23T10:00Z; 15:00Z is 10:00 in New York. */
@QuarkusTest
class ValidationNoticeApiTest {

    private static final String TODAY_10_NY = "2026-11-23T15:00:00Z";

    @Inject
    EventSignature signature;

    private String usCase() throws Exception {
        return new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York")[0];
    }

    private static void record(String caseId, String channel, String outcome, String at, String purpose) {
        Map<String, Object> attempt = new HashMap<>(Map.of("caseId", caseId, "channel", channel, "direction", "OUTBOUND",
                "person", "DEBTOR", "outcome", outcome, "at", at));
        if (purpose != null) {
            attempt.put("purpose", purpose);
        }
        as(Tokens.collector()).body(attempt).post("/api/v1/attempts").then().statusCode(201)
                .body("purpose", equalTo(purpose));
    }

    private static ValidatableResponse emailDecision(String caseId, boolean permittedNotice) {
        return as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "EMAIL", "at", TODAY_10_NY,
                "permittedNotice", permittedNotice)).post("/api/v1/contact-decisions").then().statusCode(200);
    }

    @Test
    void fiveBusinessDaysAfterTheFirstCommunicationOnlyTheValidationNoticeMayGoUntilItIsDelivered() throws Exception {
        String caseId = usCase();
        record(caseId, "LETTER", "DELIVERED", "2026-11-19T14:00:00Z", null);
        emailDecision(caseId, false).body("decision", equalTo("ALLOW"));
        // Tuesday 11-17: six days ago, but the fifth business day is Tuesday 11-24
        record(caseId, "LETTER", "DELIVERED", "2026-11-17T14:00:00Z", null);
        emailDecision(caseId, false).body("decision", equalTo("ALLOW"));
        // Friday 11-13: the five business days ended on Friday 11-20
        record(caseId, "LETTER", "DELIVERED", "2026-11-13T14:00:00Z", null);

        emailDecision(caseId, false).body("decision", equalTo("BLOCK"))
                .body("violations.ruleId", equalTo(List.of("US_REGF.VALIDATION_NOTICE")))
                .body("violations[0].reason", containsString("validation notice"))
                .body("violations[0].reason", containsString("2026-11-13T14:00Z"))
                .body("violations[0].reason", containsString("5 business days (by 2026-11-21 00:00 America/New_York"))
                .body("nextPermittedAt", nullValue());
        emailDecision(caseId, true).body("decision", equalTo("ALLOW"));
        as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "EMAIL", "windowStart", TODAY_10_NY))
                .post("/api/v1/contact-requests").then().statusCode(409)
                .body("errors.field", hasItem("US_REGF.VALIDATION_NOTICE"));

        record(caseId, "EMAIL", "BOUNCED", "2026-11-23T08:00:00Z", "VALIDATION_NOTICE");
        emailDecision(caseId, false).body("decision", equalTo("BLOCK"));
        record(caseId, "LETTER", "DELIVERED", "2026-11-23T09:00:00Z", "VALIDATION_NOTICE");

        emailDecision(caseId, false).body("decision", equalTo("ALLOW"));
        as(Tokens.auditor()).get("/api/v1/attempts?caseId=" + caseId).then().statusCode(200)
                .body("items.purpose", equalTo(java.util.Arrays.asList(null, null, null, "VALIDATION_NOTICE", "VALIDATION_NOTICE")));
    }

    @Test
    void theFirstCommunicationAndTheNoticeCountHoweverOld() throws Exception {
        String neverNoticed = usCase();
        record(neverNoticed, "CALL", "RIGHT_PARTY_CONTACT", "2026-09-01T15:00:00Z", null);
        emailDecision(neverNoticed, false).body("violations.ruleId", equalTo(List.of("US_REGF.VALIDATION_NOTICE")))
                .body("violations[0].reason", containsString("2026-09-01T15:00Z"));

        String noticedLongAgo = usCase();
        record(noticedLongAgo, "CALL", "RIGHT_PARTY_CONTACT", "2026-09-01T15:00:00Z", null);
        record(noticedLongAgo, "LETTER", "DELIVERED", "2026-09-02T15:00:00Z", "VALIDATION_NOTICE");
        record(noticedLongAgo, "CALL", "PROMISE_TO_PAY", "2026-11-10T15:00:00Z", null);
        emailDecision(noticedLongAgo, false).body("decision", equalTo("ALLOW"));
    }

    @Test
    void onlyAWrittenOutboundNoticeToTheDebtorMayCarryThePurpose() throws Exception {
        String caseId = usCase();
        as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "CALL", "direction", "OUTBOUND",
                "person", "DEBTOR", "outcome", "RIGHT_PARTY_CONTACT", "purpose", "VALIDATION_NOTICE"))
                .post("/api/v1/attempts").then().statusCode(422).body("errors[0].field", equalTo("purpose"));
        as(Tokens.collector()).body(Map.of("caseId", caseId, "channel", "LETTER", "direction", "OUTBOUND",
                "person", "DEBTOR", "outcome", "DELIVERED", "purpose", "RECEIPT"))
                .post("/api/v1/attempts").then().statusCode(422).body("errors[0].field", equalTo("purpose"));
    }
}
