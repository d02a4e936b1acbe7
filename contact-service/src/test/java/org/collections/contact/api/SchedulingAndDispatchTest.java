package org.collections.contact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.api.ReplicaAndLedgerTest.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchedulingAndDispatchTest {

    @Inject
    TestClock clock;

    @Inject
    EventSignature signature;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private String[] usCase() throws Exception {
        return new CaseEventFeed(signature).openCase("US", "America/New_York");
    }

    private static Map<String, Object> call(String caseId) {
        return new HashMap<>(Map.of("caseId", caseId, "channel", "CALL"));
    }

    @Test
    void aDecisionNamesTheRuleAndTheNextPermittedTimeWhichIsItselfPermitted() throws Exception {
        String caseId = usCase()[0];
        // 2026-11-23T10:00Z is 05:00 in New York: too early
        as(Tokens.collector()).body(call(caseId)).post("/api/v1/contact-decisions").then().statusCode(200)
                .body("decision", equalTo("BLOCK"))
                .body("rulePack", equalTo("US_REGF"))
                .body("violations.ruleId", hasItem("US_REGF.CONTACT_HOURS"))
                .body("nextPermittedAt", equalTo("2026-11-23T13:00:00Z"))
                .body("explanation", org.hamcrest.Matchers.containsString("US_REGF.CONTACT_HOURS"));
        Map<String, Object> at = call(caseId);
        at.put("at", "2026-11-23T13:00:00Z");
        as(Tokens.collector()).body(at).post("/api/v1/contact-decisions").then().body("decision", equalTo("ALLOW"));
    }

    @Test
    void aDisputeCancelsPendingContactsAtOnceAndBlocksNewOnes() throws Exception {
        String[] ids = usCase();
        String slot = as(Tokens.collector()).body(call(ids[0])).post("/api/v1/contact-requests").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("scheduledAt", equalTo("2026-11-23T13:00:00Z"))
                .extract().path("id");
        UUID eventId = UUID.randomUUID();
        Map<String, Object> disputed = Map.of("caseId", ids[0], "debtorId", ids[1], "restrictions", List.of("DISPUTED"),
                "contactAllowed", false, "caseVersion", 3);
        new CaseEventFeed(signature).deliver(eventId, "ContactRestrictionChanged", disputed).then().statusCode(200);
        new CaseEventFeed(signature).deliver(eventId, "ContactRestrictionChanged", disputed).then().statusCode(200).body("applied", equalTo(false));
        assertThat(Jdbc.query("select status, status_reason from contact_slot where id = '" + slot + "'").get(0))
                .containsEntry("status", "CANCELLED");
        as(Tokens.collector()).body(call(ids[0])).post("/api/v1/contact-decisions").then()
                .body("decision", equalTo("BLOCK")).body("violations.ruleId", hasItem("US_REGF.DISPUTE_PENDING"))
                .body("nextPermittedAt", org.hamcrest.Matchers.nullValue());
        as(Tokens.collector()).body(call(ids[0])).post("/api/v1/contact-requests").then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("US_REGF.DISPUTE_PENDING"));
    }

    @Test
    void dueContactsAreLeasedOnceAndTheirOutcomeRecordedOnce() throws Exception {
        String caseId = usCase()[0];
        String slot = as(Tokens.collector()).body(call(caseId)).post("/api/v1/contact-requests").then().statusCode(201)
                .extract().path("id");
        List<Map<String, Object>> early = as(Tokens.collector()).body(Map.of("channel", "CALL", "limit", 50)).post("/api/v1/dispatch-leases").then()
                .statusCode(200).extract().path("items");
        assertThat(early).extracting(m -> m.get("slotId")).doesNotContain(slot);
        clock.set(Instant.parse("2026-11-23T13:00:00Z"));
        List<String> leased = as(Tokens.collector()).body(Map.of("channel", "CALL", "limit", 50)).post("/api/v1/dispatch-leases").then().statusCode(200)
                .extract().path("items.slotId");
        assertThat(leased).contains(slot);
        assertThat(as(Tokens.supervisor()).body(Map.of("channel", "CALL", "limit", 50)).post("/api/v1/dispatch-leases").then().extract()
                .<List<String>>path("items.slotId")).doesNotContain(slot);
        as(Tokens.supervisor()).body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/dispatch-leases/" + slot + "/outcome")
                .then().statusCode(409);
        as(Tokens.collector()).body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/dispatch-leases/" + slot + "/outcome")
                .then().statusCode(200).body("status", equalTo("DONE"));
        as(Tokens.collector()).body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/dispatch-leases/" + slot + "/outcome")
                .then().statusCode(409);
        assertThat(Jdbc.count("select count(*) from attempt where case_id = '" + caseId + "'")).isEqualTo(1);
    }

    @Test
    void anExpiredLeaseReturnsTheSlotToTheQueue() throws Exception {
        String caseId = usCase()[0];
        String slot = as(Tokens.collector()).body(call(caseId)).post("/api/v1/contact-requests").then().statusCode(201)
                .extract().path("id");
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(as(Tokens.collector()).body(Map.of("channel", "CALL", "limit", 50, "leaseSeconds", 30)).post("/api/v1/dispatch-leases").then()
                .extract().<List<String>>path("items.slotId")).contains(slot);
        clock.advance(Duration.ofSeconds(31));
        assertThat(as(Tokens.supervisor()).body(Map.of("channel", "CALL", "limit", 50)).post("/api/v1/dispatch-leases").then()
                .extract().<List<String>>path("items.slotId")).contains(slot);
        as(Tokens.collector()).body(Map.of("outcome", "BUSY")).post("/api/v1/dispatch-leases/" + slot + "/outcome").then().statusCode(409);
        as(Tokens.supervisor()).body(Map.of("outcome", "BUSY")).post("/api/v1/dispatch-leases/" + slot + "/outcome").then().statusCode(200);
        assertThat(Jdbc.count("select count(*) from attempt where case_id = '" + caseId + "'")).isEqualTo(1);
    }

    @Test
    void concurrentConsumersNeverLeaseTheSameSlot() throws Exception {
        for (int i = 0; i < 12; i++) {
            as(Tokens.collector()).body(call(usCase()[0])).post("/api/v1/contact-requests").then().statusCode(201);
        }
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        List<Response> batches = Concurrently.run(4, () -> as(Tokens.collector()).body(Map.of("channel", "CALL", "limit", 5)).post("/api/v1/dispatch-leases"));
        List<String> all = batches.stream().flatMap(r -> r.then().statusCode(200).extract().<List<String>>path("items.slotId").stream())
                .toList();
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
    }
}
