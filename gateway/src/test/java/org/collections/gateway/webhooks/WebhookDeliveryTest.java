package org.collections.gateway.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.collections.gateway.webhooks.WebhookFixtures.ALL_TYPES;
import static org.collections.gateway.webhooks.WebhookFixtures.as;
import static org.collections.gateway.webhooks.WebhookFixtures.paymentPosted;
import static org.collections.gateway.webhooks.WebhookFixtures.placed;
import static org.collections.gateway.webhooks.WebhookFixtures.recalled;
import static org.collections.gateway.webhooks.WebhookFixtures.register;
import static org.collections.gateway.webhooks.WebhookFixtures.verify;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.gateway.webhooks.WebhookFixtures.Endpoint;
import org.collections.gateway.webhooks.service.HeldEventPurge;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed events posted to the gateway's inbox become signed webhooks at the endpoints of the agency holding the case,
 * verified here by the Standard Webhooks reference library; retries, dead letters, replays and secret rotation.
 */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class WebhookDeliveryTest {

    WireMockServer receiver;

    @Inject
    WebhookTestClock clock;

    @Inject
    HeldEventPurge purge;

    @ConfigProperty(name = "test.webhook-receiver.port")
    int port;

    @BeforeEach
    void receiverAnswers() {
        receiver.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/ok/.*"))
                .willReturn(aResponse().withStatus(204)));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private List<LoggedRequest> received(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private List<LoggedRequest> awaitReceived(String path, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> received(path).size() >= count);
        return received(path);
    }

    private static String agency() {
        return "AG-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theHoldingAgencyAloneReceivesSignedWebhooksWithoutPersonalData() throws Exception {
        String holder = agency();
        String other = agency();
        String holderPath = "/ok/" + holder;
        String otherPath = "/ok/" + other;
        Endpoint holderEndpoint = register(Tokens.agency(holder), url(holderPath), ALL_TYPES);
        register(Tokens.agency(other), url(otherPath), ALL_TYPES);
        UUID caseId = UUID.randomUUID();
        UUID placement = UUID.randomUUID();

        UUID placedEvent = placed(caseId, placement, holder, 3, clock.instant());
        clock.advance(Duration.ofMinutes(1));
        paymentPosted(caseId, "120.50", clock.instant());

        List<LoggedRequest> got = awaitReceived(holderPath, 2);
        for (LoggedRequest request : got) {
            verify(holderEndpoint.secret(), request);
            assertThat(request.getHeader("webhook-signature")).startsWith("v1,").doesNotContain(" ");
        }
        // Messages of one endpoint may arrive in any order (receivers order by timestamp / caseVersion).
        LoggedRequest placedRequest = ofType(got, "CasePlaced");
        JsonNode first = WebhookFixtures.MAPPER.readTree(placedRequest.getBodyAsString());
        assertThat(first.path("data").path("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(first.path("data").has("debtorId")).isFalse();
        assertThat(placedRequest.getHeader("webhook-id")).isEqualTo("msg_" + placedEvent);
        JsonNode payment = WebhookFixtures.MAPPER.readTree(ofType(got, "PaymentPosted").getBodyAsString());
        assertThat(payment.path("data").path("amount").asText()).isEqualTo("120.50");
        assertThat(payment.toString()).doesNotContain("WANG").doesNotContain("13800138000");

        clock.advance(Duration.ofMinutes(1));
        recalled(caseId, placement, holder, 4, clock.instant());
        JsonNode recall = WebhookFixtures.MAPPER.readTree(ofType(awaitReceived(holderPath, 3), "CaseRecalled").getBodyAsString());
        assertThat(recall.path("data").path("placementId").asText()).isEqualTo(placement.toString());
        assertThat(recall.toString()).doesNotContain("Wang Fang");

        clock.advance(Duration.ofMinutes(1));
        UUID late = paymentPosted(caseId, "10.00", clock.instant());
        assertThat(Jdbc.count("select count(*) from webhook_delivery where message_id = 'msg_" + late + "'")).isZero();
        assertThat(Jdbc.count("select count(*) from inbox_event where event_id = '" + late + "'")).isEqualTo(1);
        Thread.sleep(1000);
        assertThat(received(holderPath)).hasSize(3);
        assertThat(received(otherPath)).isEmpty();
    }

    @Test
    void aPaymentThatOccurredWhileTheCaseWasHeldGoesToThatAgencyEvenIfItArrivesAfterTheRecall() {
        String holder = agency();
        String path = "/ok/" + holder;
        register(Tokens.agency(holder), url(path), List.of("PaymentPosted"));
        UUID caseId = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        Instant placedAt = clock.instant();
        placed(caseId, placement, holder, 1, placedAt);
        recalled(caseId, placement, holder, 2, placedAt.plus(Duration.ofHours(1)));

        paymentPosted(caseId, "5.00", placedAt.plus(Duration.ofMinutes(30)));
        paymentPosted(caseId, "6.00", placedAt.plus(Duration.ofHours(2)));

        List<LoggedRequest> got = awaitReceived(path, 1);
        assertThat(got.get(0).getBodyAsString()).contains("\"5.00\"");
        assertThat(Jdbc.count("select count(*) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id"
                + " where e.agency_id = '" + holder + "'")).isEqualTo(1);
    }

    @Test
    void aPaymentAfterARecallThatHasNotReachedTheGatewayYetIsNeverSentToTheRecalledAgency() throws Exception {
        String recalledAgency = agency();
        String path = "/ok/" + recalledAgency;
        register(Tokens.agency(recalledAgency), url(path), List.of("PaymentPosted"));
        UUID caseId = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        Instant placedAt = clock.instant();
        placed(caseId, placement, recalledAgency, 1, placedAt);
        paymentPosted(caseId, "4.00", placedAt.plus(Duration.ofMinutes(10)));
        awaitReceived(path, 1);

        // case-service recalls the case; its CaseRecalled is still on case-service's relay when plan-service's
        // relay brings a payment made after the recall
        Instant recallAt = placedAt.plus(Duration.ofHours(1));
        CaseServiceStub.recalled(caseId, placement, recallAt);
        UUID after = paymentPosted(caseId, "9.00", placedAt.plus(Duration.ofHours(2)));

        assertThat(CaseServiceStub.asked(caseId)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer "));
        assertThat(Jdbc.count("select count(*) from webhook_delivery where message_id = 'msg_" + after + "'")).isZero();
        assertThat(Jdbc.count("select count(*) from webhook_held_event where event_id = '" + after + "'")).isEqualTo(1);

        recalled(caseId, placement, recalledAgency, 2, recallAt);
        sleepAndAssertCount(path, 1);
        assertThat(received(path).get(0).getBodyAsString()).contains("\"4.00\"").doesNotContain("\"9.00\"");
    }

    @Test
    void aPaymentGoesToTheAgencyCaseServiceSaysHeldTheCaseEvenBeforeTheGatewayHearsOfThatPlacement() {
        String first = agency();
        String second = agency();
        register(Tokens.agency(first), url("/ok/" + first), List.of("PaymentPosted"));
        register(Tokens.agency(second), url("/ok/" + second), List.of("PaymentPosted"));
        UUID caseId = UUID.randomUUID();
        UUID firstPlacement = UUID.randomUUID();
        Instant placedAt = clock.instant();
        placed(caseId, firstPlacement, first, 1, placedAt);
        // recalled from the first agency and placed with the second in case-service; neither event has arrived
        CaseServiceStub.recalled(caseId, firstPlacement, placedAt.plus(Duration.ofHours(1)));
        CaseServiceStub.placed(caseId, UUID.randomUUID(), second, placedAt.plus(Duration.ofHours(1)));

        paymentPosted(caseId, "11.00", placedAt.plus(Duration.ofHours(2)));

        assertThat(awaitReceived("/ok/" + second, 1).get(0).getBodyAsString()).contains("\"11.00\"");
        assertThat(received("/ok/" + first)).isEmpty();
    }

    @Test
    void whenCaseServiceCannotSayWhoHoldsTheCaseTheEventIsRefusedAndTheRelaysRetryIsDelivered() {
        String holder = agency();
        String path = "/ok/" + holder;
        register(Tokens.agency(holder), url(path), List.of("PaymentPosted"));
        UUID caseId = UUID.randomUUID();
        Instant placedAt = clock.instant();
        placed(caseId, UUID.randomUUID(), holder, 1, placedAt);
        CaseServiceStub.failing(caseId);
        UUID payment = UUID.randomUUID();
        Map<String, Object> payload = WebhookFixtures.payment(caseId, "12.00");
        Instant paidAt = placedAt.plus(Duration.ofMinutes(3));

        assertThat(WebhookFixtures.deliver(payment, "plan-service", "PaymentPosted", paidAt, payload))
                .isEqualTo(503);
        // nothing of the refused delivery stays: not even the inbox entry that would make the retry a duplicate
        assertThat(Jdbc.count("select count(*) from inbox_event where event_id = '" + payment + "'")).isZero();
        assertThat(Jdbc.count("select count(*) from webhook_delivery where message_id = 'msg_" + payment + "'")).isZero();

        CaseServiceStub.answering(caseId);
        assertThat(WebhookFixtures.deliver(payment, "plan-service", "PaymentPosted", paidAt, payload)).isEqualTo(200);
        assertThat(awaitReceived(path, 1).get(0).getHeader("webhook-id")).isEqualTo("msg_" + payment);
    }

    @Test
    void aPaymentArrivingBeforeThePlacementThatExplainsItIsHeldAndThenDeliveredToThatAgency() throws Throwable {
        String holder = agency();
        String path = "/ok/" + holder;
        register(Tokens.agency(holder), url(path), List.of("PaymentPosted"));
        UUID caseId = UUID.randomUUID();
        Instant placedAt = clock.instant();
        // plan-service's relay is ahead of case-service's: both payments arrive before the placement
        UUID during = paymentPosted(caseId, "7.00", placedAt.plus(Duration.ofMinutes(5)));
        UUID before = paymentPosted(caseId, "8.00", placedAt.minus(Duration.ofMinutes(5)));
        assertThat(Jdbc.count("select count(*) from webhook_held_event where case_id = '" + caseId + "'")).isEqualTo(2);

        placed(caseId, UUID.randomUUID(), holder, 1, placedAt);

        List<LoggedRequest> got = awaitReceived(path, 1);
        assertThat(got.get(0).getBodyAsString()).contains("\"7.00\"");
        assertThat(got.get(0).getHeader("webhook-id")).isEqualTo("msg_" + during);
        assertThat(Jdbc.count("select count(*) from webhook_held_event where event_id = '" + during + "'")).isZero();
        // the earlier payment occurred while nobody held the case: it stays held until the retention drops it
        assertThat(Jdbc.count("select count(*) from webhook_held_event where event_id = '" + before + "'")).isEqualTo(1);
        Jdbc.query("update webhook_held_event set received_at = received_at - interval '25 hours' where event_id = '"
                + before + "' returning event_id");
        VertxContextSupport.subscribeAndAwait(purge::purge);
        assertThat(Jdbc.count("select count(*) from webhook_held_event where event_id = '" + before + "'")).isZero();
        assertThat(received(path)).hasSize(1);
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffAndTheSameMessageId() {
        String agency = agency();
        String path = "/flaky/" + agency;
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("stack trace with secrets")).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        register(Tokens.agency(agency), url(path), List.of("CasePlaced"));
        UUID caseId = UUID.randomUUID();
        Instant firstAttempt = clock.instant();
        placed(caseId, UUID.randomUUID(), agency, 1, firstAttempt);

        awaitReceived(path, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Jdbc.count("select attempts from webhook_delivery d "
                + "join webhook_endpoint e on e.id = d.endpoint_id where e.agency_id = '" + agency + "'") == 1);
        Map<String, Object> row = deliveryOf(agency);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("last_status")).isEqualTo(500);
        assertThat(String.valueOf(row.get("last_error"))).doesNotContain("stack trace");
        Instant next = ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant();
        assertThat(next).isBetween(firstAttempt.plusSeconds(4), firstAttempt.plusSeconds(6));

        sleepAndAssertCount(path, 1); // not before its time
        clock.advance(Duration.ofSeconds(7));
        List<LoggedRequest> got = awaitReceived(path, 2);
        assertThat(got.get(1).getHeader("webhook-id")).isEqualTo(got.get(0).getHeader("webhook-id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(deliveryOf(agency).get("status")));
        assertThat(deliveryOf(agency).get("attempts")).isEqualTo(2);
        sleepAndAssertCount(path, 2); // delivered once, never again
    }

    @Test
    void aMessageFailingForTheWholeWindowIsDeadAndAnAdminReplayDeliversIt() {
        String agency = agency();
        String path = "/down/" + agency;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        register(Tokens.agency(agency), url(path), List.of("CasePlaced"));
        placed(UUID.randomUUID(), UUID.randomUUID(), agency, 1, clock.instant());
        awaitReceived(path, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) deliveryOf(agency).get("attempts")).intValue() == 1);

        clock.advance(Duration.ofHours(24).minusSeconds(10));
        awaitReceived(path, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(deliveryOf(agency).get("status")));
        long id = ((Number) deliveryOf(agency).get("id")).longValue();

        as(Tokens.admin()).get("/api/v1/webhook-deliveries?status=DEAD&limit=200").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as(Tokens.agency(agency)).get("/api/v1/webhook-deliveries?status=DEAD").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/webhook-deliveries?status=LOST").then().statusCode(422);

        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        as(Tokens.agency(agency)).body(Map.of()).post("/api/v1/webhook-deliveries/" + id + "/replays").then()
                .statusCode(403);
        as(Tokens.admin()).body(Map.of("reason", "receiver fixed")).post("/api/v1/webhook-deliveries/" + id + "/replays")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(deliveryOf(agency).get("status")));
        assertThat(received(path)).hasSize(3);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'WEBHOOK_DELIVERY_REPLAYED' and entity_id = '"
                + id + "'")).isEqualTo(1);
        as(Tokens.admin()).body(Map.of()).post("/api/v1/webhook-deliveries/" + id + "/replays").then().statusCode(409);
    }

    @Test
    void aReceiverAnsweringGoneDisablesItsEndpoint() {
        String agency = agency();
        String path = "/gone/" + agency;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(410)));
        Endpoint endpoint = register(Tokens.agency(agency), url(path), List.of("CasePlaced", "CaseRecalled"));
        UUID caseId = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        placed(caseId, placement, agency, 1, clock.instant());
        awaitReceived(path, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(deliveryOf(agency).get("status")));
        as(Tokens.agency(agency)).get("/api/v1/webhook-endpoints/" + endpoint.id()).then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        recalled(caseId, placement, agency, 2, clock.instant());
        sleepAndAssertCount(path, 1);
    }

    @Test
    void duringARotationBothSecretsSignThenOnlyTheNewOne() throws Exception {
        String agency = agency();
        String path = "/ok/rotating-" + agency;
        Endpoint endpoint = register(Tokens.agency(agency), url(path), List.of("CasePlaced", "CaseRecalled"));
        String newSecret = as(Tokens.agency(agency)).post("/api/v1/webhook-endpoints/" + endpoint.id() + "/secret-rotations")
                .then().statusCode(200).extract().path("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(endpoint.secret());
        as(Tokens.agency(agency())).post("/api/v1/webhook-endpoints/" + endpoint.id() + "/secret-rotations").then()
                .statusCode(404);

        UUID caseId = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        placed(caseId, placement, agency, 1, clock.instant());
        LoggedRequest during = awaitReceived(path, 1).get(0);
        assertThat(during.getHeader("webhook-signature").split(" ")).hasSize(2);
        verify(newSecret, during);
        verify(endpoint.secret(), during);

        clock.advance(Duration.ofHours(25));
        recalled(caseId, placement, agency, 2, clock.instant());
        LoggedRequest after = awaitReceived(path, 2).get(1);
        assertThat(after.getHeader("webhook-signature").split(" ")).hasSize(1);
        verify(newSecret, after);
        assertThatThrownBy(() -> verify(endpoint.secret(), after))
                .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
    }

    @Test
    void privateAndPlainHttpAddressesAreRefused() {
        String token = Tokens.agency(agency());
        for (String url : List.of("https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data",
                "https://192.168.1.10/x", "https://[fd00::1]/x", "https://[::ffff:10.0.0.1]/x", "https://0.0.0.0/x",
                "http://hooks.agency.example/x", "ftp://hooks.agency.example/x", "https://user:pw@hooks.agency.example/x")) {
            as(token).body(Map.of("url", url, "eventTypes", List.of("CasePlaced"))).post("/api/v1/webhook-endpoints")
                    .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        as(token).body(Map.of("url", "https://hooks.agency.example/x", "eventTypes", List.of("CaseOpened")))
                .post("/api/v1/webhook-endpoints").then().statusCode(422);
        as(Tokens.collector()).body(Map.of("url", "https://hooks.agency.example/x", "eventTypes", List.of("CasePlaced")))
                .post("/api/v1/webhook-endpoints").then().statusCode(403);
        assertThat(Jdbc.count("select count(*) from webhook_endpoint where url like '%10.0.0.5%'")).isZero();
    }

    @Test
    void anEndpointWhoseHostNowResolvesToAPrivateAddressGetsNothing() {
        String agency = agency();
        Endpoint endpoint = register(Tokens.agency(agency), url("/ok/moved-" + agency), List.of("CasePlaced"));
        // As if its DNS name had been re-pointed into the cluster after registration.
        Jdbc.query("update webhook_endpoint set url = 'https://10.20.30.40:8443/hook' where id = '" + endpoint.id()
                + "' returning id");
        placed(UUID.randomUUID(), UUID.randomUUID(), agency, 1, clock.instant());
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) deliveryOf(agency).get("attempts")).intValue() >= 1);
        Map<String, Object> row = deliveryOf(agency);
        assertThat(row.get("last_status")).isNull();
        assertThat(String.valueOf(row.get("last_error"))).contains("allowed address");
    }

    @Test
    void agenciesSeeOnlyTheirOwnEndpointsAndSecretsAreEncryptedAtRest() {
        String a = agency();
        String b = agency();
        Endpoint mine = register(Tokens.agency(a), url("/ok/list-" + a), List.of("CasePlaced"));
        Endpoint theirs = register(Tokens.agency(b), url("/ok/list-" + b), List.of("CasePlaced"));
        as(Tokens.agency(a)).get("/api/v1/webhook-endpoints").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(mine.id()))
                .body("items[0].secret", org.hamcrest.Matchers.nullValue());
        as(Tokens.agency(a)).get("/api/v1/webhook-endpoints/" + theirs.id()).then().statusCode(404);
        as(Tokens.agency(a)).delete("/api/v1/webhook-endpoints/" + theirs.id()).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/webhook-endpoints?agencyId=" + b).then().statusCode(200)
                .body("items[0].id", equalTo(theirs.id()));
        as(Tokens.admin()).get("/api/v1/webhook-endpoints?limit=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        String stored = String.valueOf(Jdbc.query("select secret from webhook_endpoint where id = '" + mine.id() + "'")
                .get(0).get("secret"));
        assertThat(stored).startsWith("v1:").doesNotContain(mine.secret().substring("whsec_".length()));

        String key = "register-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("url", url("/ok/retried-" + a), "eventTypes", List.of("PlanBroken"));
        String first = as(Tokens.agency(a)).header("Idempotency-Key", key).body(body).post("/api/v1/webhook-endpoints")
                .then().statusCode(201).extract().path("id");
        as(Tokens.agency(a)).header("Idempotency-Key", key).body(body).post("/api/v1/webhook-endpoints").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(Tokens.agency(a)).delete("/api/v1/webhook-endpoints/" + first).then().statusCode(204);
        assertThat(Jdbc.count("select count(*) from webhook_endpoint where agency_id = '" + a + "'")).isEqualTo(2);

        as(Tokens.agency(a)).delete("/api/v1/webhook-endpoints/" + mine.id()).then().statusCode(204);
        as(Tokens.agency(a)).get("/api/v1/webhook-endpoints").then().body("items.size()", equalTo(0));
    }

    private static LoggedRequest ofType(List<LoggedRequest> requests, String type) {
        return requests.stream().filter(r -> r.getBodyAsString().contains("\"type\":\"" + type + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " among " + requests.size() + " requests"));
    }

    private static Map<String, Object> deliveryOf(String agency) {
        List<Map<String, Object>> rows = Jdbc.query("select d.* from webhook_delivery d join webhook_endpoint e "
                + "on e.id = d.endpoint_id where e.agency_id = '" + agency + "' order by d.id");
        return rows.isEmpty() ? Map.of("attempts", 0, "status", "NONE") : rows.get(0);
    }

    private void sleepAndAssertCount(String path, int count) {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(received(path)).hasSize(count);
    }
}
