package org.collections.contact.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.collections.commons.outbox.EventSignature;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.pii.TransitCipher;
import org.collections.contact.TestClock;
import org.collections.contact.events.CaseEventFeed;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Contact steps asked for by plan-service (payment reminders): carried out under the rules once per request id, each
 * channel in order, and answered with ContactStepCompleted.
 */
@QuarkusTest
class ContactStepTest {

    /** 09:00 in Chicago. */
    static final Instant CHICAGO_MORNING = Instant.parse("2026-11-23T15:00:00Z");
    /** 08:00 in Chicago, the first permitted time after the default test time (04:00 there). */
    static final Instant CHICAGO_EIGHT = Instant.parse("2026-11-23T14:00:00Z");
    static final String NOT_AFTER = "2026-11-26T00:00:00Z";

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @Inject
    TransitCipher transit;

    @Inject
    FieldCipher cipher;

    @Inject
    ContactStepService steps;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** A PAYMENT_REMINDER-like template fit for US rules, under a fresh code, for SMS and e-mail. */
    private static String reminderTemplates() {
        String code = "R_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        for (String channel : List.of("SMS", "EMAIL")) {
            Map<String, Object> t = new HashMap<>(Map.of("code", code, "channel", channel, "language", "en",
                    "rulePacks", List.of("US_REGF"),
                    "body", "{{debtorName}}, {{amountDue}} is due on {{dueDate}} ({{caseReference}}). {{optOutText}}"));
            as(Tokens.supervisor()).body(t).post("/api/v1/templates").then().statusCode(201);
        }
        return code;
    }

    private static String point(String debtorId, String kind, String value) {
        return as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", kind, "value", value))
                .post("/api/v1/contact-points").then().statusCode(201).extract().path("id");
    }

    private static void optOut(String debtorId, String channel) {
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "CHANNEL", "channel", channel,
                "granted", false, "basis", "Debtor replied STOP", "source", channel))
                .post("/api/v1/consents").then().statusCode(201);
    }

    private String request(UUID requestId, String caseId, String code, List<String> channels) throws Exception {
        Map<String, Object> payload = new HashMap<>();
        payload.put("requestId", requestId.toString());
        payload.put("caseId", caseId);
        payload.put("purpose", "REMINDER");
        payload.put("channels", channels);
        payload.put("templateCode", code);
        payload.put("language", "en");
        payload.put("variables", Map.of("AMOUNT_DUE", "150.00", "CURRENCY", "USD", "DUE_DATE", "2026-11-26",
                "CASE_REFERENCE", "LOAN-7"));
        payload.put("debtorName", transit.encrypt("Dana Debtor"));
        payload.put("notAfter", NOT_AFTER);
        String body = new ObjectMapper().writeValueAsString(Map.of("id", UUID.randomUUID().toString(),
                "type", "ContactStepRequested", "source", "plan-service", "aggregateId", caseId,
                "occurredAt", "2026-11-23T10:00:00Z", "payload", payload));
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("plan-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(200).body("applied", equalTo(true));
        return requestId.toString();
    }

    private static Map<String, Object> step(String requestId) {
        return Jdbc.query("select * from contact_step where request_id = '" + requestId + "'").get(0);
    }

    private static List<JsonNode> completions(String requestId) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> events = new java.util.ArrayList<>();
        for (Map<String, Object> row : Jdbc.query("select payload::text as p from outbox_event where event_type = "
                + "'ContactStepCompleted' and payload->>'requestId' = '" + requestId + "'")) {
            events.add(mapper.readTree(row.get("p").toString()));
        }
        return events;
    }

    private void drain() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> steps.drain(100));
    }

    @Test
    void aPermittedStepIsSentOnceAndAnsweredToCaseAndPlanService() throws Throwable {
        clock.set(CHICAGO_MORNING);
        String code = reminderTemplates();
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        String phone = point(ids[1], "PHONE", "+1 (312) 555-0142");

        String requestId = request(UUID.randomUUID(), ids[0], code, List.of("SMS", "EMAIL"));
        request(UUID.fromString(requestId), ids[0], code, List.of("SMS", "EMAIL"));
        drain();

        assertThat(step(requestId)).containsEntry("status", "SENT").containsEntry("result_channel", "SMS")
                .containsEntry("requested_by", "plan-service");
        assertThat(step(requestId).get("debtor_name_cipher").toString()).doesNotContain("Dana");
        List<Map<String, Object>> messages = Jdbc.query("select * from sent_message where case_id = '" + ids[0] + "'");
        assertThat(messages).hasSize(1);
        assertThat(cipher.decrypt((String) messages.get(0).get("body_cipher")))
                .isEqualTo("Dana Debtor, $150.00 is due on November 26, 2026 (LOAN-7). Reply STOP to opt out.");
        assertThat(messages.get(0)).containsEntry("template_code", code).containsEntry("sent_by", "system:plan-service")
                .containsEntry("contact_point_id", UUID.fromString(phone));
        Map<String, Object> attempt = Jdbc.query("select * from attempt where case_id = '" + ids[0] + "'").get(0);
        assertThat(attempt).containsEntry("id", messages.get(0).get("attempt_id")).containsEntry("outcome", "DELIVERED")
                .containsEntry("channel", "SMS").containsEntry("collector", "system:plan-service");

        List<JsonNode> done = completions(requestId);
        assertThat(done).hasSize(1);
        assertThat(done.get(0).path("result").asText()).isEqualTo("SENT");
        assertThat(done.get(0).path("channel").asText()).isEqualTo("SMS");
        assertThat(done.get(0).path("purpose").asText()).isEqualTo("REMINDER");
        assertThat(done.get(0).path("attemptId").asLong()).isEqualTo(((Number) attempt.get("id")).longValue());
        assertThat(done.get(0).path("at").asText()).isEqualTo("2026-11-23T15:00:00Z");
        assertThat(done.get(0).toString()).doesNotContain("Dana").doesNotContain("0142");
        assertThat(Jdbc.query("select string_agg(d.subscriber, ',' order by d.subscriber) as s from outbox_delivery d "
                + "join outbox_event e on e.id = d.event_id where e.event_type = 'ContactStepCompleted' "
                + "and e.payload->>'requestId' = '" + requestId + "'").get(0)).containsEntry("s", "case,plan");

        as(Tokens.auditor()).get("/api/v1/contact-steps?caseId=" + ids[0]).then().statusCode(200)
                .body("items.requestId", contains(requestId)).body("items.status", contains("SENT"))
                .body("items[0].channels", contains("SMS", "EMAIL")).body("items[0].channel", equalTo("SMS"))
                .body("items[0].requestedBy", equalTo("plan-service")).body("items[0].tries", equalTo(1))
                .body("items[0]", not(hasKey("debtorName")));
        as(Tokens.agency("AG-OTHER")).get("/api/v1/contact-steps?caseId=" + ids[0]).then().statusCode(404);
        as(Tokens.auditor()).get("/api/v1/contact-steps").then().statusCode(422);
    }

    @Test
    void anOptedOutChannelFallsBackToTheNext() throws Exception {
        clock.set(CHICAGO_MORNING);
        String code = reminderTemplates();
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        point(ids[1], "PHONE", "+1 (312) 555-0143");
        String email = point(ids[1], "EMAIL", "dana.debtor@example.com");
        optOut(ids[1], "SMS");

        String requestId = request(UUID.randomUUID(), ids[0], code, List.of("SMS", "EMAIL"));

        assertThat(step(requestId)).containsEntry("status", "SENT").containsEntry("result_channel", "EMAIL");
        assertThat(Jdbc.query("select contact_point_id from sent_message where case_id = '" + ids[0] + "'"))
                .extracting(m -> m.get("contact_point_id")).containsExactly(UUID.fromString(email));
    }

    @Test
    void aDebtorOptedOutOfEveryChannelOrUnderCeaseIsBlockedWithTheRules() throws Exception {
        clock.set(CHICAGO_MORNING);
        String code = reminderTemplates();
        String[] optedOut = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        point(optedOut[1], "PHONE", "+1 (312) 555-0144");
        point(optedOut[1], "EMAIL", "opted.out@example.com");
        optOut(optedOut[1], "SMS");
        optOut(optedOut[1], "EMAIL");
        String first = request(UUID.randomUUID(), optedOut[0], code, List.of("SMS", "EMAIL"));

        String[] ceased = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        point(ceased[1], "PHONE", "+1 (312) 555-0145");
        new CaseEventFeed(signature).deliver(UUID.randomUUID(), "ContactRestrictionChanged", Map.of("caseId", ceased[0],
                "debtorId", ceased[1], "restrictions", List.of("CEASE_COMMUNICATION"), "contactAllowed", false,
                "caseVersion", 5)).then().statusCode(200);
        String second = request(UUID.randomUUID(), ceased[0], code, List.of("SMS", "CALL"));

        assertThat(step(first)).containsEntry("status", "BLOCKED");
        JsonNode blocked = completions(first).get(0);
        assertThat(blocked.path("result").asText()).isEqualTo("BLOCKED");
        assertThat(blocked.path("ruleIds").toString()).isEqualTo("[\"US_REGF.OPT_OUT\"]");
        assertThat(blocked.path("channel").isNull()).isTrue();
        assertThat(completions(second).get(0).path("ruleIds").toString()).isEqualTo("[\"US_REGF.CEASE_COMMUNICATION\"]");
        assertThat(Jdbc.count("select count(*) from attempt where case_id in ('" + optedOut[0] + "', '" + ceased[0] + "')"))
                .isZero();
        assertThat(Jdbc.count("select count(*) from contact_slot where case_id = '" + ceased[0] + "'")).isZero();
    }

    @Test
    void aTemplateUnfitForThePackOrADebtorWithoutContactPointsIsNotContacted() throws Exception {
        clock.set(CHICAGO_MORNING);
        String generic = "G_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        as(Tokens.supervisor()).body(Map.of("code", generic, "channel", "SMS", "language", "en",
                "body", "Please pay {{amountDue}}. {{optOutText}}")).post("/api/v1/templates").then().statusCode(201);
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        point(ids[1], "PHONE", "+1 (312) 555-0146");
        String unfit = request(UUID.randomUUID(), ids[0], generic, List.of("SMS"));
        String[] nobody = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        String unreachable = request(UUID.randomUUID(), nobody[0], generic, List.of("SMS", "EMAIL"));

        assertThat(step(unfit)).containsEntry("status", "BLOCKED");
        assertThat(completions(unfit).get(0).path("ruleIds").toString()).contains("US_REGF.OPT_OUT_TEXT");
        assertThat(step(unreachable)).containsEntry("status", "UNREACHABLE");
        assertThat(completions(unreachable).get(0).path("result").asText()).isEqualTo("UNREACHABLE");
    }

    @Test
    void aRequestAtNightWaitsAndIsSentInTheMorning() throws Throwable {
        String code = reminderTemplates();
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        point(ids[1], "PHONE", "+1 (312) 555-0147");

        String requestId = request(UUID.randomUUID(), ids[0], code, List.of("SMS"));
        assertThat(step(requestId)).containsEntry("status", "PENDING");
        assertThat(Jdbc.count("select count(*) from contact_step where request_id = '" + requestId
                + "' and due_at = timestamptz '2026-11-23 14:00:00+00'")).isEqualTo(1);
        drain();
        assertThat(step(requestId)).containsEntry("status", "PENDING");
        assertThat(completions(requestId)).isEmpty();

        clock.set(CHICAGO_EIGHT.plusSeconds(60));
        drain();
        drain();
        assertThat(step(requestId)).containsEntry("status", "SENT");
        assertThat(completions(requestId)).hasSize(1);
        assertThat(Jdbc.count("select count(*) from sent_message where case_id = '" + ids[0] + "'")).isEqualTo(1);
    }

    @Test
    void aCallIsBookedAtTheFirstPermittedTime() throws Exception {
        String[] ids = new CaseEventFeed(signature).openCase("US", "America/Chicago");
        String phone = point(ids[1], "PHONE", "+1 (312) 555-0148");

        String requestId = request(UUID.randomUUID(), ids[0], null, List.of("CALL"));

        assertThat(step(requestId)).containsEntry("status", "CALL_BOOKED").containsEntry("result_channel", "CALL");
        Map<String, Object> slot = Jdbc.query("select * from contact_slot where case_id = '" + ids[0] + "'").get(0);
        assertThat(slot).containsEntry("id", step(requestId).get("slot_id")).containsEntry("status", "PENDING")
                .containsEntry("created_by", "system:plan-service").containsEntry("contact_point_id", UUID.fromString(phone));
        assertThat(Jdbc.count("select count(*) from contact_slot where id = '" + slot.get("id")
                + "' and scheduled_at = timestamptz '2026-11-23 14:00:00+00' and window_end = timestamptz '" + NOT_AFTER + "'"))
                .isEqualTo(1);
        JsonNode booked = completions(requestId).get(0);
        assertThat(booked.path("result").asText()).isEqualTo("CALL_BOOKED");
        assertThat(booked.path("slotId").asText()).isEqualTo(slot.get("id").toString());
    }
}
