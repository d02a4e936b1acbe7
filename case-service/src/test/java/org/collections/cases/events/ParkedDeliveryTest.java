package org.collections.cases.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.collections.commons.outbox.OutboxBacklogGauge;
import org.collections.commons.outbox.OutboxRelay;
import org.collections.testsupport.EventSink;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subscriber that refuses one event: the delivery is parked, its case's later events wait, an admin decides. */
@QuarkusTest
class ParkedDeliveryTest {

    private static final String DELIVERIES = "/api/v1/outboxes/case-service/deliveries";

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    EventSink sink;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxBacklogGauge gauges;

    @BeforeEach
    void drain() throws Throwable {
        relayUntilIdle();
    }

    @AfterEach
    void acceptAgain() throws Throwable {
        sink.acceptAll();
        // other tests share the sink: nothing of this one stays parked or held back
        Jdbc.query("update outbox_delivery set status = 'SKIPPED' where status = 'PARKED' returning id");
        relayUntilIdle();
    }

    @Test
    void aRefusedEventIsParkedAtOnceHoldsBackItsCaseAndIsDeliveredInOrderWhenReplayed() throws Throwable {
        String poisoned = openCase();
        int refusedBefore = sink.refusals();
        sink.refuse(poisoned, 400);
        relayUntilIdle();
        transition(poisoned, "ACTIVE", Map.of()).then().statusCode(200);
        String other = openCase();
        relayUntilIdle();

        Map<String, Object> parked = sinkDeliveries(poisoned).get(0);
        assertThat(parked).containsEntry("status", "PARKED").containsEntry("attempts", 1).containsEntry("refusals", 1);
        assertThat((String) parked.get("last_error")).startsWith("HTTP 400");
        assertThat(sinkDeliveries(poisoned).get(1)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(sink.refusals() - refusedBefore).as("parked at the first refusal, the next event never sent").isEqualTo(1);
        assertThat(eventsOf(poisoned)).isEmpty();
        assertThat(eventsOf(other)).hasSize(1);

        VertxContextSupport.subscribeAndAwait(() -> gauges.refresh());
        PrometheusMetrics metrics = PrometheusMetrics.scrape(managementRoot);
        assertThat(metrics.value("outbox_parked", Map.of("subscriber", "sink"))).isEqualTo(1.0);
        assertThat(metrics.value("outbox_deliveries_total", Map.of("subscriber", "sink", "outcome", "parked")))
                .isGreaterThanOrEqualTo(1.0);

        long id = ((Number) parked.get("id")).longValue();
        JsonNode listed = read(as(Tokens.admin()).queryParam("status", "PARKED").queryParam("subscriber", "sink")
                .get(DELIVERIES).then().statusCode(200).extract().asString()).get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(listed.get(0).get("eventType").asText()).isEqualTo("CaseStatusChanged");
        assertThat(listed.get(0).get("heldBack").asLong()).isEqualTo(1);
        assertThat(listed.get(0).get("parkedAt").asText()).isNotEmpty();

        // the subscriber is fixed; an admin replays the parked event, and both events arrive in order
        sink.acceptAll();
        as(Tokens.admin()).body(Map.of("reason", "receiver fixed (ticket 4711)")).post(DELIVERIES + "/" + id + "/replays")
                .then().statusCode(202).body("status", equalTo("PENDING")).body("refusals", equalTo(0));
        relayUntilIdle();
        assertThat(eventsOf(poisoned)).extracting(e -> e.at("/payload/to").asText()).containsExactly("NEW", "ACTIVE");
        as(Tokens.admin()).get(DELIVERIES + "/" + id).then().statusCode(200).body("status", equalTo("DELIVERED"));
        assertThat(Jdbc.query("select actor, action, reason from audit_log where entity_type = 'outbox_delivery' "
                + "and entity_id = '" + id + "'")).containsExactly(Map.of("actor", "admin-user",
                        "action", "OUTBOX_DELIVERY_REPLAYED", "reason", "receiver fixed (ticket 4711)"));

        VertxContextSupport.subscribeAndAwait(() -> gauges.refresh());
        assertThat(PrometheusMetrics.scrape(managementRoot).value("outbox_parked", Map.of("subscriber", "sink")))
                .isEqualTo(0.0);
        // decided once: a second replay is a conflict and changes nothing
        as(Tokens.admin()).body(Map.of("reason", "again")).post(DELIVERIES + "/" + id + "/replays")
                .then().statusCode(409).body("type", equalTo("/problems/delivery-not-parked"));
    }

    @Test
    void aSkippedDeliveryIsNeverSentAndReleasesTheLaterEventsOfItsCase() throws Throwable {
        String poisoned = openCase();
        sink.refuse(poisoned, 422);
        relayUntilIdle();
        sink.acceptAll();
        transition(poisoned, "ACTIVE", Map.of()).then().statusCode(200);
        relayUntilIdle();
        assertThat(eventsOf(poisoned)).isEmpty();
        long id = ((Number) sinkDeliveries(poisoned).get(0).get("id")).longValue();

        as(Tokens.admin()).body(Map.of("reason", "obsolete snapshot; the next event carries the state"))
                .post(DELIVERIES + "/" + id + "/skips").then().statusCode(200).body("status", equalTo("SKIPPED"));
        relayUntilIdle();

        assertThat(eventsOf(poisoned)).extracting(e -> e.at("/payload/to").asText()).containsExactly("ACTIVE");
        assertThat(Jdbc.query("select action from audit_log where entity_type = 'outbox_delivery' and entity_id = '"
                + id + "'")).containsExactly(Map.of("action", "OUTBOX_DELIVERY_SKIPPED"));
        as(Tokens.admin()).body(Map.of("reason", "twice")).post(DELIVERIES + "/" + id + "/skips").then().statusCode(409);
    }

    @Test
    void errorsAreRetriedUntilTheLimitWhileAnOutageIsRetriedForAsLongAsItLasts() throws Throwable {
        String failing = openCase();
        sink.refuse(failing, 500);
        for (int attempt = 1; attempt < 3; attempt++) {
            relayNowDue();
            assertThat(sinkDeliveries(failing).get(0)).containsEntry("status", "PENDING").containsEntry("refusals", attempt);
        }
        relayNowDue();
        assertThat(sinkDeliveries(failing).get(0)).containsEntry("status", "PARKED").containsEntry("refusals", 3);

        String unreachable = openCase();
        sink.failNext(5);
        for (int attempt = 0; attempt < 5; attempt++) {
            relayNowDue();
        }
        assertThat(sinkDeliveries(unreachable).get(0)).containsEntry("status", "PENDING").containsEntry("refusals", 0)
                .containsEntry("attempts", 5);
        relayNowDue();
        assertThat(sinkDeliveries(unreachable).get(0)).containsEntry("status", "DELIVERED");
    }

    @Test
    void onlyAnAdminDecidesAndBadRequestsChangeNothing() throws Throwable {
        String poisoned = openCase();
        sink.refuse(poisoned, 400);
        relayUntilIdle();
        long id = ((Number) sinkDeliveries(poisoned).get(0).get("id")).longValue();

        as(Tokens.supervisor()).get(DELIVERIES).then().statusCode(403);
        as(Tokens.supervisor()).body(Map.of("reason", "x")).post(DELIVERIES + "/" + id + "/replays").then().statusCode(403);
        as(Tokens.admin()).body(Map.of()).post(DELIVERIES + "/" + id + "/replays").then().statusCode(422);
        as(Tokens.admin()).body(Map.of("reason", " ")).post(DELIVERIES + "/" + id + "/skips").then().statusCode(422);
        as(Tokens.admin()).body(Map.of("reason", "x")).post(DELIVERIES + "/999999999/replays").then().statusCode(404);
        as(Tokens.admin()).body(Map.of("reason", "x")).post(DELIVERIES + "/abc/skips").then().statusCode(404);
        as(Tokens.admin()).queryParam("status", "LOST").get(DELIVERIES).then().statusCode(422);
        assertThat(sinkDeliveries(poisoned).get(0)).containsEntry("status", "PARKED");
        assertThat(Jdbc.count("select count(*) from audit_log where entity_type = 'outbox_delivery' and entity_id = '"
                + id + "'")).isZero();

        // pages: every parked delivery once, in id order
        String second = openCase();
        sink.refuse(second, 400);
        relayUntilIdle();
        List<Long> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(Tokens.admin()).queryParam("status", "PARKED").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = read(request.get(DELIVERIES).then().statusCode(200).extract().asString());
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertThat(seen).isSorted().doesNotHaveDuplicates()
                .contains(id, ((Number) sinkDeliveries(second).get(0).get("id")).longValue());
    }

    private List<Map<String, Object>> sinkDeliveries(String caseId) {
        return Jdbc.query("select d.id, d.status, d.attempts, d.refusals, d.last_error from outbox_delivery d "
                + "join outbox_event e on e.id = d.event_id where d.subscriber = 'sink' and e.aggregate_id = '" + caseId
                + "' order by d.id");
    }

    /** One relay round after making every retry due now (as if its backoff had passed). */
    private void relayNowDue() throws Throwable {
        Jdbc.query("update outbox_delivery set next_attempt_at = now() where status = 'PENDING' and subscriber = 'sink' "
                + "returning id");
        VertxContextSupport.subscribeAndAwait(() -> relay.relayOnce());
    }

    /** Relays until nothing due for the sink moves any more (a delivery held back by a parked one stays due). */
    private void relayUntilIdle() throws Throwable {
        String due = "select count(*) from outbox_delivery where subscriber = 'sink' and status = 'PENDING' "
                + "and next_attempt_at <= now()";
        for (int i = 0; i < 200; i++) {
            long before = Jdbc.count(due);
            int delivered = VertxContextSupport.subscribeAndAwait(() -> relay.relayOnce());
            if (before == 0 || delivered == 0 && Jdbc.count(due) == before) {
                return;
            }
        }
    }

    private List<JsonNode> eventsOf(String caseId) {
        return SinkEvents.of(sink, caseId);
    }

    private JsonNode read(String body) {
        return SinkEvents.read(body);
    }
}
