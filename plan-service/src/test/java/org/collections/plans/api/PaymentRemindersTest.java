package org.collections.plans.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.plans.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.SignedEvents;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders before installments and promises fall due: asked of contact-service once each, within the configured
 * days before the due date, and updated with what contact-service did. Today is 2026-11-23 (the test clock). Plans and
 * promises are written straight into the database: what matters here is what the job finds, not how they were made.
 */
@QuarkusTest
class PaymentRemindersTest {

    @Inject
    TestClock clock;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private static String insert(String sql) {
        return Jdbc.query(sql + " returning id").get(0).get("id").toString();
    }

    /** A plan of a fresh case with one installment of 150.00 due on {@code due}, {@code paid} paid; returns the case. */
    private static String planDue(String status, String due, String paid) {
        String caseId = UUID.randomUUID().toString();
        String plan = insert("insert into plan (id, case_id, creditor_id, type, status, currency, case_balance, amount, "
                + "total, discount_percent, method, frequency, annual_interest_rate, tolerance_percent, grace_days, "
                + "broken_after_days, broken_after_missed, proposed_by, created_at, updated_at) values (gen_random_uuid(), '"
                + caseId + "', 'ACME', 'INSTALLMENT', '" + status + "', 'USD', 600, 600, 600, 0, 'EQUAL_INSTALLMENTS', "
                + "'MONTHLY', 0, 1, 3, 10, 2, 'collector-user', now(), now())");
        insert("insert into installment (id, plan_id, number, due_date, principal, interest, amount, paid) values "
                + "(gen_random_uuid(), '" + plan + "', 1, date '" + due + "', 150, 0, 150, " + paid + ")");
        return caseId;
    }

    private static String promiseDue(String status, String due) {
        String caseId = UUID.randomUUID().toString();
        insert("insert into promise (id, case_id, amount, currency, due_date, channel, collector, status, paid, "
                + "tolerance_percent, grace_days, created_at) values (gen_random_uuid(), '" + caseId + "', 80.50, 'USD', "
                + "date '" + due + "', 'CALL', 'collector-user', '" + status + "', 0, 1, 3, now())");
        return caseId;
    }

    private static void run() {
        as(Tokens.admin()).post("/api/v1/payment-reminder-runs").then().statusCode(200)
                .body("ranOn", equalTo("2026-11-23"));
    }

    private static List<JsonNode> requested(String caseId) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (Map<String, Object> row : Jdbc.query("select payload::text as p from outbox_event "
                + "where event_type = 'ContactStepRequested' and payload->>'caseId' = '" + caseId + "'")) {
            events.add(new ObjectMapper().readTree(row.get("p").toString()));
        }
        return events;
    }

    private static void completed(String requestId, String caseId, String result, List<String> rules, String detail)
            throws Exception {
        Map<String, Object> payload = new HashMap<>();
        payload.put("requestId", requestId);
        payload.put("caseId", caseId);
        payload.put("purpose", "REMINDER");
        payload.put("result", result);
        payload.put("channel", "SENT".equals(result) ? "SMS" : null);
        payload.put("attemptId", "SENT".equals(result) ? 42 : null);
        payload.put("slotId", null);
        payload.put("ruleIds", rules);
        payload.put("detail", detail);
        payload.put("at", "2026-11-23T15:00:00Z");
        String body = new ObjectMapper().writeValueAsString(Map.of("id", UUID.randomUUID().toString(),
                "type", "ContactStepCompleted", "source", "contact-service", "aggregateId", caseId,
                "occurredAt", "2026-11-23T15:00:00Z", "payload", payload));
        given().contentType(ContentType.JSON).headers(SignedEvents.headers("contact-service", body)).body(body)
                .post("/internal/v1/events").then().statusCode(200).body("applied", equalTo(true));
    }

    @Test
    void dueSoonIsRemindedOnceAndTooLateBrokenKeptOrPaidAreNot() throws Exception {
        String dueIn3 = planDue("ACTIVE", "2026-11-26", "20.00");
        String dueToday = planDue("ACTIVE", "2026-11-23", "0");
        String dueIn10 = planDue("ACTIVE", "2026-12-03", "0");
        String overdue = planDue("ACTIVE", "2026-11-22", "0");
        String paid = planDue("ACTIVE", "2026-11-25", "150");
        String broken = planDue("BROKEN", "2026-11-25", "0");
        String cancelled = planDue("CANCELLED", "2026-11-25", "0");
        String promised = promiseDue("PENDING", "2026-11-24");
        String kept = promiseDue("KEPT", "2026-11-24");
        String disputed = planDue("ACTIVE", "2026-11-25", "0");
        Jdbc.query("insert into case_enforcement (case_id, restrictions, held_since, case_version, updated_at) values ('"
                + disputed + "', 'DISPUTED', now(), 3, now()) returning case_id");

        run();
        run();

        List<JsonNode> installment = requested(dueIn3);
        assertThat(installment).hasSize(1);
        JsonNode step = installment.get(0);
        assertThat(step.path("purpose").asText()).isEqualTo("REMINDER");
        assertThat(step.path("channels").toString()).isEqualTo("[\"SMS\",\"EMAIL\"]");
        assertThat(step.path("templateCode").asText()).isEqualTo("PAYMENT_REMINDER");
        assertThat(new ObjectMapper().convertValue(step.path("variables"), Map.class)).isEqualTo(Map.of(
                "AMOUNT_DUE", "130.00", "CURRENCY", "USD", "DUE_DATE", "2026-11-26", "CREDITOR_ID", "ACME"));
        assertThat(step.path("notAfter").asText()).isEqualTo("2026-11-26T00:00:00Z");
        assertThat(step.path("debtorName").isNull()).isTrue();
        assertThat(step.path("language").isNull()).isTrue();
        List<JsonNode> promise = requested(promised);
        assertThat(promise).hasSize(1);
        assertThat(promise.get(0).path("variables").path("AMOUNT_DUE").asText()).isEqualTo("80.50");
        // due today: too late for a reminder that must arrive before the due date
        // and a case under an enforcement hold (disputed) is left for after it
        for (String none : List.of(dueToday, dueIn10, overdue, paid, broken, cancelled, kept, disputed)) {
            assertThat(requested(none)).as(none).isEmpty();
        }
        assertThat(Jdbc.count("select count(*) from payment_reminder where case_id in ('" + dueIn3 + "', '" + promised
                + "')")).isEqualTo(2);

        as(Tokens.collector()).get("/api/v1/payment-reminders?caseId=" + dueIn3).then().statusCode(200)
                .body("items.kind", contains("INSTALLMENT")).body("items.status", contains("REQUESTED"))
                .body("items.amount", contains("130.00")).body("items.dueDate", contains("2026-11-26"))
                .body("items.requestId", contains(step.path("requestId").asText()));

        // a week later, the installment due in 10 days is within 3 days
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        as(Tokens.admin()).post("/api/v1/payment-reminder-runs").then().statusCode(200);
        assertThat(requested(dueIn10)).hasSize(1);
        assertThat(requested(dueIn3)).hasSize(1);
    }

    @Test
    void contactServicesAnswerUpdatesTheReminderAndUnknownRequestsAreIgnored() throws Exception {
        String sent = planDue("ACTIVE", "2026-11-25", "0");
        String blocked = promiseDue("PENDING", "2026-11-25");
        run();
        String sentRequest = requested(sent).get(0).path("requestId").asText();
        String blockedRequest = requested(blocked).get(0).path("requestId").asText();
        PrometheusMetrics before = PrometheusMetrics.scrape(managementRoot);

        completed(sentRequest, sent, "SENT", List.of(), "SMS PAYMENT_REMINDER v0 in en");
        completed(blockedRequest, blocked, "BLOCKED", List.of("US_REGF.CEASE_COMMUNICATION"), "SMS: blocked");
        completed(UUID.randomUUID().toString(), sent, "SENT", List.of(), "a step of another service");
        completed(sentRequest, sent, "BLOCKED", List.of(), "a late second answer changes nothing");
        PrometheusMetrics after = PrometheusMetrics.scrape(managementRoot);
        for (String result : List.of("SENT", "BLOCKED")) {
            assertThat(after.value("payment_reminders_total", Map.of("result", result))
                    - before.value("payment_reminders_total", Map.of("result", result))).as(result).isEqualTo(1.0);
        }

        as(Tokens.collector()).get("/api/v1/payment-reminders?caseId=" + sent).then().statusCode(200)
                .body("items.status", contains("SENT")).body("items.detail", contains("SMS PAYMENT_REMINDER v0 in en"));
        as(Tokens.collector()).get("/api/v1/payment-reminders?caseId=" + blocked).then().statusCode(200)
                .body("items.status", contains("BLOCKED")).body("items.kind", contains("PROMISE"))
                .body("items.detail", contains("[US_REGF.CEASE_COMMUNICATION] SMS: blocked"));
        assertThat(Jdbc.count("select count(*) from payment_reminder where case_id = '" + sent + "'")).isEqualTo(1);
        as(Tokens.collector()).get("/api/v1/payment-reminders").then().statusCode(422);
    }
}
