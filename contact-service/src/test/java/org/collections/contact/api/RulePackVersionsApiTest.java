package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.TestClock;
import org.collections.contact.events.CaseEventFeed;
import org.collections.contact.events.CreditorCases;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rule packs as versioned documents through the API: versions named in decisions, choices, leases, restrictions. */
@QuarkusTest
class RulePackVersionsApiTest {

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private CaseEventFeed feed() {
        return new CaseEventFeed(signature);
    }

    private static Map<String, Object> call(String caseId, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("caseId", caseId, "channel", "CALL"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static String phone(String debtorId) {
        return as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE",
                "value", String.format("+86 139 %08d", (int) (Math.random() * 100_000_000))))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDecisionNamesThePackVersionAndExplainsTheNextPermittedTimeInTheDebtorsZone() throws Exception {
        String caseId = feed().openCase("CN", "Asia/Shanghai")[0];
        // 23:30 in Shanghai: inside the night ban
        as(Tokens.collector()).body(call(caseId, "at", "2026-11-23T15:30:00Z")).post("/api/v1/contact-decisions").then()
                .statusCode(200).body("decision", equalTo("BLOCK")).body("rulePack", equalTo("CN"))
                .body("rulePackVersion", equalTo("CN@2026-01-01"))
                .body("violations[0].reason", equalTo("outside the permitted hours 08:00–22:00 local time"
                        + " (23:30 in Asia/Shanghai)"))
                .body("nextPermittedAt", equalTo("2026-11-24T00:00:00Z"))
                .body("explanation", equalTo("blocked: CN.CONTACT_HOURS — outside the permitted hours 08:00–22:00"
                        + " local time (23:30 in Asia/Shanghai); next permitted 2026-11-24 08:00 Asia/Shanghai"
                        + " (2026-11-24T00:00Z)"));
        as(Tokens.collector()).body(call(caseId, "at", "2026-11-24T00:00:00.123456789Z"))
                .post("/api/v1/contact-decisions").then().statusCode(200).body("decision", equalTo("ALLOW"))
                .body("explanation", equalTo("allowed under CN@2026-01-01"));
    }

    @Test
    void aCallLeaseOutCountsTowardTheConnectedCallsOfTheDay() throws Exception {
        String[] ids = feed().openCase("CN", "Asia/Shanghai");
        String phone = phone(ids[1]);
        for (String at : List.of("2026-11-23T02:00:00Z", "2026-11-23T03:00:00Z")) {
            as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "CALL", "direction", "OUTBOUND",
                    "person", "DEBTOR", "contactPointId", phone, "at", at, "outcome", "RIGHT_PARTY_CONTACT"))
                    .post("/api/v1/attempts").then().statusCode(201);
        }
        // 18:00 in Shanghai, two connected calls today: a third may be leased
        String slot = as(Tokens.collector()).body(call(ids[0], "contactPointId", phone))
                .post("/api/v1/contact-requests").then().statusCode(201)
                .body("scheduledAt", equalTo("2026-11-23T10:00:00Z")).extract().path("id");
        List<String> leased = as(Tokens.collector()).body(Map.of("channel", "CALL", "limit", 200)).post("/api/v1/dispatch-leases").then()
                .statusCode(200).extract().path("items.slotId");
        assertThat(leased).as("its own lease does not hold the slot back").contains(slot);

        as(Tokens.collector()).body(call(ids[0], "contactPointId", phone)).post("/api/v1/contact-decisions").then()
                .statusCode(200).body("decision", equalTo("BLOCK"))
                .body("violations.ruleId", hasItem("CN.DAILY_CONNECTED_CALLS"))
                .body("explanation", containsString("2 connected calls and 1 call lease(s) out"))
                .body("nextPermittedAt", equalTo("2026-11-24T00:00:00Z"));
        as(Tokens.collector()).body(call(ids[0], "contactPointId", phone)).post("/api/v1/contact-requests").then()
                .statusCode(201).body("scheduledAt", equalTo("2026-11-24T00:00:00Z"));
    }

    @Test
    void breathingSpaceBlocksContactAndUnknownRestrictionsAreIgnored() throws Exception {
        for (String[] jurisdiction : List.of(new String[] {"UK", "Europe/London", "UK_CONC"},
                new String[] {"US", "America/New_York", "US_REGF"}, new String[] {"CN", "Asia/Shanghai", "CN"})) {
            String[] ids = feed().openCase(jurisdiction[0], jurisdiction[1]);
            feed().deliver(UUID.randomUUID(), "ContactRestrictionChanged", Map.of("caseId", ids[0], "debtorId", ids[1],
                    "restrictions", List.of("BREATHING_SPACE", "A_RESTRICTION_FROM_THE_FUTURE"), "contactAllowed",
                    false, "caseVersion", 5)).then().statusCode(200);
            as(Tokens.collector()).body(call(ids[0], "at", "2026-11-24T13:00:00Z")).post("/api/v1/contact-decisions")
                    .then().statusCode(200).body("decision", equalTo("BLOCK"))
                    .body("violations.ruleId", hasItem(jurisdiction[2] + ".BREATHING_SPACE"))
                    .body("explanation", endsWith("no later time is permitted"));
        }
    }

    @Test
    void theRulePackApiShowsVersionsAndTheLegalSourceOfEveryParameter() {
        as(Tokens.collector()).get("/api/v1/rule-packs/US_REGF").then().statusCode(200)
                .body("version", equalTo("US_REGF@2021-11-30")).body("effectiveFrom", equalTo("2021-11-30"))
                .body("jurisdictions", equalTo(List.of("US")))
                .body("sources.callCap", containsString("12 CFR 1006.14(b)(2)(i)(A)"))
                .body("sources.validationNoticeDays", containsString("1006.34"))
                .body("rules", hasItem("US_REGF.BREATHING_SPACE"));
        as(Tokens.collector()).get("/api/v1/rule-packs/CN/versions").then().statusCode(200)
                .body("items.version", equalTo(List.of("CN@2026-01-01")))
                .body("items[0].sources", hasKey("dailyUnansweredAttemptCap"))
                .body("items[0].sources", not(hasKey("callCap")));
        as(Tokens.collector()).get("/api/v1/rule-packs/EU/versions").then().statusCode(404);
    }

    @Test
    void thePackInForceAtAnInstantTakesAnInstantAndRefusesAnythingElseOnAt() {
        as(Tokens.collector()).queryParam("at", "2026-03-02T14:00:00Z").get("/api/v1/rule-packs/US_REGF").then()
                .statusCode(200).body("version", equalTo("US_REGF@2021-11-30"));
        for (String bad : List.of("yesterday", "2026-03-02", "3000-01-01T00:00:00Z")) {
            as(Tokens.collector()).queryParam("at", bad).get("/api/v1/rule-packs/US_REGF").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("at"))
                    .body(not(containsString(bad)));
        }
    }

    @Test
    void aCreditorChoosesThePackForAJurisdictionAuditedAndDecisionsFollowIt() throws Exception {
        String creditor = CreditorCases.newCreditor();
        String caseId = new CreditorCases(signature).open(creditor, "US", "America/New_York")[0];
        String path = "/api/v1/creditors/" + creditor + "/rule-pack-choices/US";
        as(Tokens.collector()).get(path).then().statusCode(200).body("packId", equalTo("US_REGF"))
                .body("chosen", equalTo(false)).body("versionInForce", equalTo("US_REGF@2021-11-30"));

        as(Tokens.collector()).body(Map.of("packId", "UK_CONC", "reason", "policy")).put(path).then().statusCode(403);
        as(Tokens.admin()).body(Map.of("packId", "EU_DCD", "reason", "policy")).put(path).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("packId"));
        as(Tokens.admin()).body(Map.of("packId", "UK_CONC", "reason", "Creditor policy CP-9")).put(path).then()
                .statusCode(201).header("ETag", "\"0\"").body("packId", equalTo("UK_CONC")).body("chosen", equalTo(true))
                .body("versionInForce", equalTo("UK_CONC@2021-05-04"));
        as(Tokens.collector()).body(call(caseId, "at", "2026-11-24T15:00:00Z")).post("/api/v1/contact-decisions")
                .then().statusCode(200).body("rulePackVersion", equalTo("UK_CONC@2021-05-04"));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'RULE_PACK_CHOSEN' and entity_id = '"
                + creditor + "/US'")).isEqualTo(1);

        as(Tokens.admin()).header("If-Match", "\"7\"").delete(path + "?reason=back").then().statusCode(412);
        as(Tokens.admin()).delete(path + "?reason=Policy%20withdrawn").then().statusCode(204);
        as(Tokens.collector()).body(call(caseId, "at", "2026-11-24T15:00:00Z")).post("/api/v1/contact-decisions")
                .then().statusCode(200).body("rulePackVersion", equalTo("US_REGF@2021-11-30"));
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'RULE_PACK_CHOICE_DELETED' and entity_id"
                + " = '" + creditor + "/US'")).isEqualTo(1);
    }
    private static void attempt(String caseId, String channel, String phone, String at, String outcome) {
        Map<String, Object> body = new HashMap<>(Map.of("caseId", caseId, "channel", channel, "direction",
                "OUTBOUND", "person", "DEBTOR", "at", at, "outcome", outcome));
        if (phone != null) {
            body.put("contactPointId", phone);
        }
        as(Tokens.collector()).body(body).post("/api/v1/attempts").then().statusCode(201);
    }

    @Test
    void sixUnansweredCallsBlockCallsOnEveryNumberButNotAnSms() throws Exception {
        String[] ids = feed().openCase("CN", "Asia/Shanghai");
        String first = phone(ids[1]);
        String second = phone(ids[1]);
        for (int hour = 1; hour <= 6; hour++) {
            attempt(ids[0], "CALL", first, "2026-11-23T0" + hour + ":00:00Z", "NO_ANSWER");
        }

        as(Tokens.collector()).body(call(ids[0], "contactPointId", second)).post("/api/v1/contact-decisions").then()
                .statusCode(200).body("decision", equalTo("BLOCK"))
                .body("violations.ruleId", equalTo(List.of("CN.DAILY_UNANSWERED_ATTEMPTS")))
                .body("nextPermittedAt", equalTo("2026-11-24T00:00:00Z"));
        as(Tokens.collector()).body(call(ids[0])).post("/api/v1/contact-decisions").then().statusCode(200)
                .body("violations.ruleId", equalTo(List.of("CN.DAILY_UNANSWERED_ATTEMPTS")));
        as(Tokens.collector()).body(Map.of("caseId", ids[0], "channel", "SMS", "contactPointId", second))
                .post("/api/v1/contact-decisions").then().statusCode(200).body("decision", equalTo("ALLOW"));
    }

    @Test
    void callsThatNeverReachTheNumberDoNotCountTowardSevenInSevenDays() throws Exception {
        String caseId = new CreditorCases(signature).open(CreditorCases.newCreditor(), "US", "America/New_York")[0];
        List<String> outcomes = List.of("NO_ANSWER", "BUSY", "NO_ANSWER", "VOICEMAIL", "NOT_IN_SERVICE", "NO_ANSWER",
                "NETWORK_FAILURE", "NO_ANSWER", "VOICEMAIL");
        java.time.Instant first = java.time.Instant.parse("2026-11-17T15:00:00Z");
        for (int i = 0; i < outcomes.size(); i++) {
            attempt(caseId, "CALL", null, first.plus(java.time.Duration.ofHours(12L * i)).toString(), outcomes.get(i));
        }
        as(Tokens.collector()).body(call(caseId, "at", "2026-11-23T15:00:00Z")).post("/api/v1/contact-decisions")
                .then().statusCode(200).body("decision", equalTo("ALLOW"));

        attempt(caseId, "CALL", null, "2026-11-22T15:00:00Z", "NO_ANSWER");
        as(Tokens.collector()).body(call(caseId, "at", "2026-11-23T15:00:00Z")).post("/api/v1/contact-decisions")
                .then().statusCode(200).body("decision", equalTo("BLOCK"))
                .body("explanation", equalTo("blocked: US_REGF.CALL_FREQUENCY — 7 calls in the 7 days since"
                        + " 2026-11-17T15:00Z: 5 unanswered, 2 voicemail (3 busy or not in service not counted);"
                        + " next permitted 2026-11-24 10:00 America/New_York (2026-11-24T15:00Z)"));
    }
    @Test
    void aDebtorNeverHasMoreCallLeasesOutThanConnectedCallsLeftToday() throws Exception {
        String[] ids = feed().openCase("CN", "Asia/Shanghai");
        String phone = phone(ids[1]);
        attempt(ids[0], "CALL", phone, "2026-11-23T02:00:00Z", "RIGHT_PARTY_CONTACT");
        List<String> slots = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(as(Tokens.collector()).body(call(ids[0], "contactPointId", phone))
                    .post("/api/v1/contact-requests").then().statusCode(201)
                    .body("scheduledAt", equalTo("2026-11-23T10:00:00Z")).extract().path("id"));
        }

        List<String> leased = as(Tokens.collector()).body(Map.of("channel", "CALL", "limit", 200)).post("/api/v1/dispatch-leases").then()
                .statusCode(200).extract().path("items.slotId");

        assertThat(leased.stream().filter(slots::contains)).as("one connected call today: two left").hasSize(2);
        assertThat(Jdbc.count("select count(*) from contact_slot where case_id = '" + ids[0] + "' and status = 'PENDING'"
                + " and scheduled_at = '2026-11-24T00:00:00Z'")).isEqualTo(1);
    }
}
