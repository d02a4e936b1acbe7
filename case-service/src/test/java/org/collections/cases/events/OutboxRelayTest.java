package org.collections.cases.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.openCase;
import static org.collections.cases.CaseApi.transition;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collections.cases.CaseApi;
import org.collections.commons.outbox.OutboxRelay;
import org.collections.testsupport.EventSink;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL managementRoot;

    EventSink sink;

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void drain() throws Throwable {
        relayUntilIdle();
    }

    @Test
    void lifecycleEventsReachTheSubscriberInOrderWithTheirPayloads() throws Throwable {
        String id = openCase();
        transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        CaseApi.registerAgency("AG-EVT");
        String placement = as(Tokens.supervisor()).body(Map.of("agencyId", "AG-EVT"))
                .post("/api/v1/cases/" + id + "/placements").then().statusCode(201).extract().path("id");
        as(Tokens.supervisor()).body(Map.of("reason", "done")).post("/api/v1/cases/" + id + "/placements/" + placement
                + "/recall").then().statusCode(200);
        as(Tokens.collector()).body(Map.of("reason", "not my debt")).post("/api/v1/cases/" + id + "/disputes")
                .then().statusCode(201);

        relayUntilIdle();

        List<JsonNode> events = eventsOf(id);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "CaseStatusChanged", "CaseStatusChanged", "CasePlaced", "CaseRecalled", "CaseStatusChanged",
                "ContactRestrictionChanged");
        assertThat(events.get(0).at("/payload/to").asText()).isEqualTo("NEW");
        assertThat(events.get(0).at("/payload/jurisdiction").asText()).isEqualTo("CN");
        assertThat(events.get(0).at("/payload/timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(events.get(1).at("/payload/from").asText()).isEqualTo("NEW");
        assertThat(events.get(2).at("/payload/agencyId").asText()).isEqualTo("AG-EVT");
        assertThat(events.get(3).at("/payload/reason").asText()).isEqualTo("done");
        JsonNode restriction = events.get(5).get("payload");
        assertThat(restriction.get("restrictions")).extracting(JsonNode::asText).containsExactly("DISPUTED");
        assertThat(restriction.get("contactAllowed").asBoolean()).isFalse();
        assertThat(events).allSatisfy(e -> assertThat(e.get("source").asText()).isEqualTo("case-service"));
        // versions increase, so consumers can discard stale snapshots
        assertThat(events.get(5).at("/payload/caseVersion").asLong())
                .isGreaterThan(events.get(1).at("/payload/caseVersion").asLong());
        // deliveries are counted for dashboards and alerts
        assertThat(io.restassured.RestAssured.get(managementRoot.getProtocol() + "://" + managementRoot.getHost() + ":" + managementRoot.getPort() + "/q/metrics").asString())
                .containsPattern("outbox_deliveries_total\\{[^}]*outcome=\"delivered\"[^}]*subscriber=\"sink\"[^}]*} [1-9]");
    }

    @Test
    void anEventIsDeliveredInTheTraceOfTheRequestThatCausedIt() throws Throwable {
        String id = openCase();
        String traceId = "6bf92f3577b34da6a3ce929d0e0e4738";
        String callerSpan = "00f067aa0ba902b7";
        as(Tokens.supervisor()).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(Map.of("to", "ACTIVE", "reason", "traced move")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(200);

        relayUntilIdle();

        List<EventSink.Delivery> deliveries = sink.deliveries().stream()
                .filter(d -> read(d.body()).get("aggregateId").asText().equals(id)).toList();
        assertThat(deliveries).extracting(d -> read(d.body()).at("/payload/to").asText()).containsExactly("NEW", "ACTIVE");
        Matcher opened = TRACEPARENT.matcher(deliveries.get(0).traceparent());
        Matcher moved = TRACEPARENT.matcher(deliveries.get(1).traceparent());
        assertThat(opened.matches()).as(deliveries.get(0).traceparent()).isTrue();
        assertThat(moved.matches()).as(deliveries.get(1).traceparent()).isTrue();
        assertThat(moved.group(1)).isEqualTo(traceId);
        assertThat(moved.group(2)).isNotEqualTo(callerSpan).isNotEqualTo("0".repeat(16));
        assertThat(opened.group(1)).isNotEqualTo(traceId).isNotEqualTo("0".repeat(32));
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffAndDeliveredOnce() throws Throwable {
        String id = openCase();
        sink.failNext(1);
        VertxContextSupport.subscribeAndAwait(() -> relay.relayOnce());
        Map<String, Object> delivery = Jdbc.query("select d.status, d.attempts, d.last_error, "
                + "d.next_attempt_at > now() as later from outbox_delivery d join outbox_event e on e.id = d.event_id "
                + "where d.subscriber = 'sink' and e.aggregate_id = '" + id + "'").get(0);
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("later", true);
        assertThat((String) delivery.get("last_error")).contains("503");
        assertThat(eventsOf(id)).isEmpty();

        Jdbc.query("update outbox_delivery set next_attempt_at = now() where status = 'PENDING' returning id");
        relayUntilIdle();
        assertThat(eventsOf(id)).hasSize(1);
        assertThat(Jdbc.query("select d.status, d.attempts from outbox_delivery d join outbox_event e on e.id = d.event_id "
                + "where d.subscriber = 'sink' and e.aggregate_id = '" + id + "'").get(0))
                .containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
    }

    @Test
    void aDeliveryWaitingForItsRetryHoldsBackTheLaterEventsOfItsCaseOnly() throws Throwable {
        String held = openCase();
        // as if its first delivery had failed: due again in an hour
        Jdbc.query("update outbox_delivery d set attempts = 1, next_attempt_at = now() + interval '1 hour' "
                + "from outbox_event e where e.id = d.event_id and d.subscriber = 'sink' and e.aggregate_id = '" + held
                + "' returning d.id");
        transition(held, "ACTIVE", Map.of()).then().statusCode(200);
        String other = openCase();

        relayUntilIdle();

        assertThat(eventsOf(held)).isEmpty();
        assertThat(eventsOf(other)).extracting(e -> e.get("type").asText()).containsExactly("CaseStatusChanged");
        Jdbc.query("update outbox_delivery set next_attempt_at = now() where status = 'PENDING' returning id");
        relayUntilIdle();
        assertThat(eventsOf(held)).extracting(e -> e.get("type").asText())
                .containsExactly("CaseStatusChanged", "CaseStatusChanged");
        assertThat(eventsOf(held)).extracting(e -> e.at("/payload/to").asText()).containsExactly("NEW", "ACTIVE");
    }

    @Test
    void twoRelaysRunningAtOnceDeliverEachEventExactlyOnce() throws Throwable {
        List<String> ids = List.of(openCase(), openCase(), openCase(), openCase(), openCase());
        for (String id : ids) {
            transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        }
        for (int round = 0; round < 5; round++) {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(this::relayQuietly);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(this::relayQuietly);
            a.join();
            b.join();
        }
        relayUntilIdle();
        for (String id : ids) {
            assertThat(eventsOf(id)).extracting(e -> e.get("type").asText())
                    .containsExactly("CaseStatusChanged", "CaseStatusChanged");
        }
    }

    private int relayQuietly() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> relay.relayOnce());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Relays until nothing is due for the sink (other subscribers of the test profile are down and back off). */
    private void relayUntilIdle() throws Throwable {
        for (int i = 0; i < 200 && Jdbc.count("select count(*) from outbox_delivery where subscriber = 'sink' "
                + "and status = 'PENDING' and next_attempt_at <= now()") > 0; i++) {
            VertxContextSupport.subscribeAndAwait(() -> relay.relayOnce());
        }
    }

    private List<JsonNode> eventsOf(String caseId) {
        return SinkEvents.of(sink, caseId);
    }

    private JsonNode read(String body) {
        return SinkEvents.read(body);
    }
}
