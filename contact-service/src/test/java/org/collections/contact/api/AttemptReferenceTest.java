package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.contact.TestClock;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outbound attempts name the lease or fresh ALLOW decision they were made under; the others are breaches. */
@QuarkusTest
class AttemptReferenceTest {

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private String newAgency() {
        return "AG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    /** A case placed with the agency; returns {caseId, debtorId, phone contact point id}. */
    private String[] placedCase(String agency, String jurisdiction, String zone) throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase(jurisdiction, zone);
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "CasePlaced", Map.of("caseId", ids[0],
                "debtorId", ids[1], "agencyId", agency, "caseVersion", 1)).then().statusCode(200);
        String point = as(Tokens.collector()).body(Map.of("debtorId", ids[1], "kind", "PHONE",
                "value", "+1 415 555 " + (1000 + (int) (Math.random() * 8999)))).post("/api/v1/contact-points")
                .then().statusCode(201).extract().path("id");
        return new String[] {ids[0], ids[1], point};
    }

    private static Map<String, Object> call(String[] ids, String outcome) {
        return new HashMap<>(Map.of("caseId", ids[0], "channel", "CALL", "direction", "OUTBOUND", "person", "DEBTOR",
                "contactPointId", ids[2], "outcome", outcome));
    }

    private static Map<String, Object> decision(String[] ids) {
        return new HashMap<>(Map.of("caseId", ids[0], "channel", "CALL", "contactPointId", ids[2]));
    }

    @Test
    void anAttemptWithoutAReferenceIsRecordedAsABreachAndPublishedToCaseService() throws Exception {
        String agency = newAgency();
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        String[] ids = placedCase(agency, "US", "America/New_York");
        int attemptId = as(Tokens.agency(agency)).body(call(ids, "NO_ANSWER")).post("/api/v1/attempts").then()
                .statusCode(201).body("compliant", equalTo(false))
                .body("breachedRules", contains("US_REGF.NO_DECISION")).extract().path("id");
        assertThat(Jdbc.count("select count(*) from attempt where case_id = '" + ids[0] + "'")).isEqualTo(1);

        Map<String, Object> breach = Jdbc.query("select agency_id, rule_ids, reason from compliance_breach "
                + "where attempt_id = " + attemptId).get(0);
        assertThat(breach).containsEntry("agency_id", agency).containsEntry("rule_ids", "US_REGF.NO_DECISION");
        List<Map<String, Object>> events = Jdbc.query("select e.payload::text as payload, d.subscriber from outbox_event e "
                + "join outbox_delivery d on d.event_id = e.id where e.event_type = 'ComplianceBreach' and e.aggregate_id = '"
                + ids[0] + "'");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("subscriber", "case");
            assertThat((String) e.get("payload")).contains("\"attemptId\": " + attemptId, "\"agencyId\": \"" + agency + "\"",
                    "\"ruleIds\": [\"US_REGF.NO_DECISION\"]", "\"actor\": \"agency-" + agency + "-user\"",
                    "\"channel\": \"CALL\"", "\"debtorId\": \"" + ids[1] + "\"", "\"at\": \"2026-11-23T15:00:00Z\"");
        });
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'COMPLIANCE_BREACH' and entity_id = '"
                + ids[0] + "'")).isEqualTo(1);
    }

    @Test
    void everyAttemptIsPublishedToCaseServiceWithoutPersonalDataAndAConversationIsMarkedAsOne() throws Exception {
        String agency = newAgency();
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        String[] ids = placedCase(agency, "US", "America/New_York");
        as(Tokens.agency(agency)).body(call(ids, "RIGHT_PARTY_CONTACT")).post("/api/v1/attempts").then().statusCode(201);
        as(Tokens.agency(agency)).body(call(ids, "NO_ANSWER")).post("/api/v1/attempts").then().statusCode(201);

        List<Map<String, Object>> events = Jdbc.query("select e.payload::text as payload, d.subscriber from outbox_event e "
                + "join outbox_delivery d on d.event_id = e.id where e.event_type = 'ContactAttempted' and e.aggregate_id = '"
                + ids[0] + "' order by (e.payload->>'attemptId')::bigint");
        assertThat(events).extracting(e -> e.get("subscriber")).containsExactly("case", "case");
        assertThat((String) events.get(0).get("payload")).contains("\"rightPartyContact\": true",
                "\"outcome\": \"RIGHT_PARTY_CONTACT\"", "\"agencyId\": \"" + agency + "\"", "\"channel\": \"CALL\"");
        assertThat((String) events.get(1).get("payload")).contains("\"rightPartyContact\": false", "\"compliant\": false");
        assertThat(events).allSatisfy(e -> assertThat((String) e.get("payload")).doesNotContain(ids[2], ids[1], "+1"));
    }

    @Test
    void aFreshAllowDecisionOfTheCallerCoversTheAttemptAndAStaleOrForeignOneDoesNot() throws Exception {
        String agency = newAgency();
        String[] ids = placedCase(agency, "US", "America/New_York");
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        String allow = as(Tokens.agency(agency)).body(decision(ids)).post("/api/v1/contact-decisions").then()
                .statusCode(200).body("decision", equalTo("ALLOW")).body("decisionId", notNullValue())
                .body("validUntil", equalTo("2026-11-23T15:05:00Z")).extract().path("decisionId");
        assertThat(Jdbc.query("select allowed, decided_by, rule_pack, agency_id from contact_decision where id = '"
                + allow + "'").get(0)).containsEntry("allowed", true).containsEntry("rule_pack", "US_REGF")
                .containsEntry("decided_by", "agency-" + agency + "-user").containsEntry("agency_id", agency);

        clock.advance(Duration.ofMinutes(2));
        Map<String, Object> covered = call(ids, "NO_ANSWER");
        covered.put("decisionId", allow);
        as(Tokens.agency(agency)).body(covered).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(true)).body("decisionId", equalTo(allow)).body("breachedRules", empty());
        // another agency user's decision is not the caller's
        as(Tokens.mint("agency-" + agency + "-other", "agency", agency)).body(covered).post("/api/v1/attempts").then()
                .statusCode(201).body("compliant", equalTo(false)).body("breachedRules", contains("US_REGF.NO_DECISION"));
        // a decision for another channel does not cover an SMS
        Map<String, Object> sms = call(ids, "DELIVERED");
        sms.put("channel", "SMS");
        sms.put("decisionId", allow);
        as(Tokens.agency(agency)).body(sms).post("/api/v1/attempts").then().statusCode(201).body("compliant", equalTo(false));

        clock.advance(Duration.ofMinutes(4));
        as(Tokens.agency(agency)).body(covered).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(false)).body("breachedRules", contains("US_REGF.NO_DECISION"));
        assertThat(Jdbc.query("select reason from compliance_breach where case_id = '" + ids[0] + "' order by attempt_id desc")
                .get(0).get("reason").toString()).contains("until 2026-11-23T15:05:00Z");

        Map<String, Object> unknown = call(ids, "NO_ANSWER");
        unknown.put("decisionId", UUID.randomUUID().toString());
        as(Tokens.agency(agency)).body(unknown).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(false)).body("decisionId", nullValue());
    }

    @Test
    void anAttemptUnderABlockedDecisionNamesTheRulesItBroke() throws Exception {
        String agency = newAgency();
        String[] ids = placedCase(agency, "US", "America/New_York");
        // 10:00Z is 05:00 in New York
        String blocked = as(Tokens.agency(agency)).body(decision(ids)).post("/api/v1/contact-decisions").then()
                .statusCode(200).body("decision", equalTo("BLOCK")).body("validUntil", nullValue())
                .extract().path("decisionId");
        Map<String, Object> attempt = call(ids, "NO_ANSWER");
        attempt.put("decisionId", blocked);
        as(Tokens.agency(agency)).body(attempt).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(false))
                .body("breachedRules", hasItems("US_REGF.CONTACT_HOURS", "US_REGF.NO_DECISION"));
        as(Tokens.agency(agency)).get("/api/v1/attempts?caseId=" + ids[0]).then().statusCode(200)
                .body("items[0].breachedRules", hasItems("US_REGF.CONTACT_HOURS", "US_REGF.NO_DECISION"));
        Map<String, Object> both = call(ids, "NO_ANSWER");
        both.put("decisionId", blocked);
        both.put("leaseId", UUID.randomUUID().toString());
        as(Tokens.agency(agency)).body(both).post("/api/v1/attempts").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aLeaseHeldByTheCallerCoversOneAttemptOnly() throws Exception {
        String agency = newAgency();
        String[] ids = placedCase(agency, "US", "America/New_York");
        String slot = as(Tokens.agency(agency)).body(Map.of("caseId", ids[0], "channel", "CALL", "contactPointId", ids[2]))
                .post("/api/v1/contact-requests").then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T13:00:00Z"));
        assertThat(as(Tokens.agency(agency)).body(Map.of("channel", "CALL")).post("/api/v1/dispatch-leases").then().statusCode(200)
                .extract().<List<String>>path("items.slotId")).containsExactly(slot);
        Map<String, Object> leased = call(ids, "VOICEMAIL");
        leased.put("leaseId", slot);
        as(Tokens.mint("agency-" + agency + "-other", "agency", agency)).body(leased).post("/api/v1/attempts").then()
                .statusCode(201).body("compliant", equalTo(false));
        as(Tokens.agency(agency)).body(leased).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(true)).body("leaseId", equalTo(slot));
        assertThat(Jdbc.query("select status, outcome from contact_slot where id = '" + slot + "'").get(0))
                .containsEntry("status", "DONE").containsEntry("outcome", "VOICEMAIL");
        as(Tokens.agency(agency)).body(leased).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(false));
        as(Tokens.agency(agency)).body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/dispatch-leases/" + slot + "/outcome")
                .then().statusCode(409);
    }

    @Test
    void nonCompliantAttemptsCountTowardTheCapsAndShowInTheAgencysKpis() throws Exception {
        String agency = newAgency();
        // 10:00Z is 18:00 in Shanghai
        String[] ids = placedCase(agency, "CN", "Asia/Shanghai");
        for (int i = 0; i < 3; i++) {
            as(Tokens.agency(agency)).body(call(ids, "RIGHT_PARTY_CONTACT")).post("/api/v1/attempts").then()
                    .statusCode(201).body("compliant", equalTo(false));
        }
        as(Tokens.agency(agency)).body(decision(ids)).post("/api/v1/contact-decisions").then().statusCode(200)
                .body("decision", equalTo("BLOCK")).body("violations.ruleId", hasItem("CN.DAILY_CONNECTED_CALLS"));
        as(Tokens.agency(agency)).body(call(ids, "NO_ANSWER")).post("/api/v1/attempts").then().statusCode(201)
                .body("breachedRules", hasItems("CN.DAILY_CONNECTED_CALLS", "CN.NO_DECISION"));
        Map<String, Object> inbound = call(ids, "RIGHT_PARTY_CONTACT");
        inbound.put("direction", "INBOUND");
        as(Tokens.agency(agency)).body(inbound).post("/api/v1/attempts").then().statusCode(201)
                .body("compliant", equalTo(true));

        String kpis = "/api/v1/agencies/" + agency + "/kpis?from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z";
        as(Tokens.agency(agency)).get(kpis).then().statusCode(200)
                .body("attempts", equalTo(4)).body("compliant", equalTo(0)).body("nonCompliant", equalTo(4))
                .body("connected", equalTo(3))
                .body("nonCompliantByRule.find { it.ruleId == 'CN.NO_DECISION' }.attempts", equalTo(4))
                .body("nonCompliantByRule.find { it.ruleId == 'CN.DAILY_CONNECTED_CALLS' }.attempts", equalTo(1));
        as(Tokens.auditor()).get(kpis).then().statusCode(200).body("attempts", equalTo(4));
        as(Tokens.agency(newAgency())).get(kpis).then().statusCode(404);
        clock.advance(Duration.ofMinutes(1));
        as(Tokens.agency(agency)).get("/api/v1/agencies/" + agency + "/kpis").then().statusCode(200)
                .body("attempts", equalTo(4)).body("to", equalTo("2026-11-23T10:01:00Z"));
        as(Tokens.agency(agency)).get("/api/v1/agencies/" + agency + "/kpis?from=yesterday").then().statusCode(422)
                .body("errors.field", hasItem("from"));
    }
}
