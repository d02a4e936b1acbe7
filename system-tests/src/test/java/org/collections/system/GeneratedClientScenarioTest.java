package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.ApiResponse;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.Channel;
import org.collections.client.model.CloseReason;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.CreateCaseRequest;
import org.collections.client.model.CursorPagePaymentView;
import org.collections.client.model.DecisionRequest;
import org.collections.client.model.Frequency;
import org.collections.client.model.PaymentRequest;
import org.collections.client.model.PaymentView;
import org.collections.client.model.Place;
import org.collections.client.model.PlacementView;
import org.collections.client.model.PlanDecision;
import org.collections.client.model.PlanRequest;
import org.collections.client.model.PlanStatus;
import org.collections.client.model.PlanType;
import org.collections.client.model.PlanView;
import org.collections.client.model.Problem;
import org.collections.client.model.Register;
import org.collections.client.model.Transition;
import org.collections.client.model.WebhookEndpointRegistration;
import org.collections.client.model.WebhookEndpointWithSecret;
import org.junit.jupiter.api.Test;

/**
 * The main flows as a partner or a back-office integration runs them: through the gateway only, with the typed client
 * generated from the merged API document, each user with their own bearer token.
 */
class GeneratedClientScenarioTest extends Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void caseFromCreationToPaidInFullThroughTheGateway() throws Exception {
        Gateway admin = Gateway.admin();
        Gateway collector = Gateway.collector();
        String agencyId = unique("GC-AGENCY");
        admin.agencies().registerAgency(new Register().id(agencyId).name("Agency " + agencyId)
                .reason("Partner contract signed"));

        ApiResponse<CaseView> created = admin.cases().createCaseWithHttpInfo(Cases.newCase(unique("GC"), "300.00"),
                UUID.randomUUID().toString());
        assertThat(created.getStatusCode()).isEqualTo(201);
        CaseView opened = created.getData();
        assertThat(opened.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.getBalance()).isEqualTo("300.00");
        assertThat(header(created.getHeaders(), "Location")).endsWith("/api/v1/cases/" + opened.getId());
        UUID caseId = opened.getId();

        CaseView active = admin.cases().transitionCase(caseId,
                new Transition().to(CaseStatus.ACTIVE).reason("system test"), null);
        assertThat(active.getStatus()).isEqualTo(CaseStatus.ACTIVE);

        ContactDecision decision = Eventually.until("contact-service knows the case", () -> decide(collector, caseId),
                notNullValue());
        assertThat(decision.getDecision()).isIn(ContactDecision.DecisionEnum.ALLOW, ContactDecision.DecisionEnum.BLOCK);
        assertThat(decision.getRulePack()).isNotBlank();

        LocalDate firstDue = LocalDate.ofInstant(suite.now(), ZoneOffset.UTC).plusDays(7);
        PlanView proposed = collector.plans().createPlan(new PlanRequest().caseId(caseId).type(PlanType.INSTALLMENT)
                .amount("300.00").installments(3).frequency(Frequency.MONTHLY).firstDueDate(firstDue),
                UUID.randomUUID().toString());
        PlanView approved = Gateway.supervisor().plans().approvePlan(proposed.getId(),
                new PlanDecision().reason("Debtor agreed by phone"));
        assertThat(approved.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(approved.getApprovedBy()).isNotEqualTo(approved.getProposedBy());
        assertThat(approved.getInstallments()).hasSize(3);
        // placing while case-service applies PlanActivated would be a concurrent change (409): wait for it first
        Eventually.until("case IN_PLAN", () -> admin.cases().getCase(caseId).getStatus(),
                equalTo(CaseStatus.IN_PLAN));

        PlacementView placement = admin.placements().placeCase(caseId, new Place().agencyId(agencyId));
        assertThat(placement.getAgencyId()).isEqualTo(agencyId);
        CaseView seenByAgency = Gateway.agency(agencyId).cases().getCase(caseId);
        assertThat(seenByAgency.getDebtor().getMasked()).isTrue();
        assertThat(seenByAgency.getDebtor().getNationalId()).doesNotStartWith("SYS").contains("*");
        assertThat(seenByAgency.getDebtor().getPhones()).singleElement().isNotEqualTo("+1 212 555 0147");
        ApiException otherAgency = catchThrowableOfType(ApiException.class,
                () -> Gateway.agency(unique("GC-OTHER")).cases().getCase(caseId));
        assertThat(otherAgency.getCode()).isEqualTo(404);

        List<String> paymentIds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            PaymentView payment = collector.plans().postPayment(proposed.getId(), UUID.randomUUID().toString(),
                    new PaymentRequest().amount("100.00").currency("USD").payerReference(unique("TX")));
            assertThat(payment.getAmount()).isEqualTo("100.00");
            paymentIds.add(payment.getId().toString());
        }
        assertThat(admin.plans().getPlan(proposed.getId()).getStatus()).isEqualTo(PlanStatus.COMPLETED);
        Eventually.until("case closed", () -> admin.cases().getCase(caseId).getStatus(),
                equalTo(CaseStatus.CLOSED));
        CaseView closed = admin.cases().getCase(caseId);
        assertThat(closed.getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
        assertThat(closed.getBalance()).isEqualTo("0.00");

        // one payment a page: the cursor of each page leads to the next, the last page has none
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CursorPagePaymentView page = admin.plans().listPlanPayments(proposed.getId(), cursor, 1);
            assertThat(page.getItems()).hasSizeLessThanOrEqualTo(1);
            page.getItems().forEach(p -> paged.add(p.getId().toString()));
            cursor = page.getNextCursor();
            assertThat(++pages).isLessThanOrEqualTo(4);
        } while (cursor != null);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(paymentIds);
    }

    @Test
    void invalidInputIsA422ProblemAndCreatesNothing() throws Exception {
        Gateway admin = Gateway.admin();
        String creditorId = unique("GC-INVALID");
        CreateCaseRequest invalid = Cases.newCase(creditorId, "300.00");
        invalid.externalRef(" ");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> admin.cases().createCase(invalid, UUID.randomUUID().toString()));

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = JSON.readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo("/problems/validation");
        assertThat(problem.getErrors()).isNotEmpty();
        assertThat(refused.getResponseBody()).doesNotContain("SYS");
        assertThat(admin.cases().listCases(null, null, null, creditorId, null, null, null, null, null, null, null,
                null).getItems()).isEmpty();

        ApiException tooLarge = catchThrowableOfType(ApiException.class, () -> admin.cases()
                .listCases(null, null, null, creditorId, null, null, null, 500, null, null, null, null));
        assertThat(tooLarge.getCode()).isEqualTo(422);
    }

    @Test
    void placementAndRecallAreSignedWebhooksToThatAgencyOnly() throws Exception {
        Gateway admin = Gateway.admin();
        String agencyA = unique("GC-HOOK-A");
        String agencyB = unique("GC-HOOK-B");
        try (WebhookReceiver receiverA = new WebhookReceiver(); WebhookReceiver receiverB = new WebhookReceiver()) {
            WebhookEndpointWithSecret endpointA = register(agencyA, receiverA, List.of("CasePlaced", "CaseRecalled"));
            WebhookEndpointWithSecret endpointB = register(agencyB, receiverB, List.of("CasePlaced", "CaseRecalled"));
            assertThat(endpointA.getSecret()).startsWith("whsec_");
            assertThat(endpointA.getAgencyId()).isEqualTo(agencyA);

            UUID caseId = Cases.openInNewYork(unique("GC-HOOK"), "120.00");
            UUID placement = Cases.place(caseId, agencyA);
            Cases.recall(caseId, placement);

            Eventually.until("agency A got CasePlaced and CaseRecalled", () -> receiverA.types(caseId),
                    hasItems("CasePlaced", "CaseRecalled"));
            assertSignedFor(endpointA, receiverA, caseId);
            assertThat(receiverA.deliveries).extracting(d -> d.data().path("agencyId").asText()).containsOnly(agencyA);
            assertThatThrownBy(() -> new Webhook(endpointB.getSecret())
                    .verify(receiverA.deliveries.get(0).body(), receiverA.deliveries.get(0).headers()))
                    .isInstanceOf(WebhookVerificationException.class);
            assertThat(receiverB.deliveries).isEmpty();
        }
    }

    /**
     * Plan and payment events of a placed case reach the agency holding it, signed, with amounts but without the payer's
     * reference; another agency subscribed to the same types gets nothing.
     */
    @Test
    void planActivatedPaymentPostedAndPlanBrokenAreSignedWebhooksToTheHoldingAgencyOnly() throws Exception {
        String agencyA = unique("GC-PLAN-A");
        String agencyB = unique("GC-PLAN-B");
        List<String> types = List.of("CasePlaced", "PlanActivated", "PaymentPosted", "PlanBroken");
        try (WebhookReceiver receiverA = new WebhookReceiver(); WebhookReceiver receiverB = new WebhookReceiver()) {
            WebhookEndpointWithSecret endpointA = register(agencyA, receiverA, types);
            register(agencyB, receiverB, types);
            UUID caseId = Cases.openInNewYork(unique("GC-PLAN"), "300.00");
            // the plan follows at once: PlanActivated may reach the gateway before CasePlaced (another relay)
            Cases.place(caseId, agencyA);
            UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 5);
            String payerReference = unique("TX");
            Plans.pay(planId, "40.00", "USD", payerReference);
            try {
                suite.travel(Duration.ofDays(5 + 10)); // the first installment, 100.00, is short and 10 days past due
                Plans.evaluate();
                assertThat(Plans.status(planId)).isEqualTo(PlanStatus.BROKEN);
            } finally {
                suite.travelTo(Suite.START);
            }

            Eventually.until("agency A got the placement and every plan event", () -> receiverA.types(caseId),
                    hasItems("CasePlaced", "PlanActivated", "PaymentPosted", "PlanBroken"));
            assertSignedFor(endpointA, receiverA, caseId);
            Map<String, JsonNode> data = new TreeMap<>();
            receiverA.about(caseId).forEach(d -> data.put(d.type(), d.data()));
            assertThat(data.get("PlanActivated").path("planId").asText()).isEqualTo(planId.toString());
            assertThat(data.get("PlanActivated").path("total").asText()).isEqualTo("300.00");
            assertThat(data.get("PaymentPosted").path("amount").asText()).isEqualTo("40.00");
            assertThat(data.get("PaymentPosted").path("currency").asText()).isEqualTo("USD");
            assertThat(data.get("PlanBroken").path("planId").asText()).isEqualTo(planId.toString());
            assertThat(receiverA.deliveries).extracting(WebhookReceiver.Delivery::body).noneMatch(
                    body -> body.contains(payerReference));
            assertThat(receiverB.deliveries).isEmpty();
        }
    }

    /** Every message the receiver got is about the case, signed with the endpoint's secret, and has its own id. */
    private static void assertSignedFor(WebhookEndpointWithSecret endpoint, WebhookReceiver receiver, UUID caseId)
            throws WebhookVerificationException {
        Webhook verifier = new Webhook(endpoint.getSecret());
        for (WebhookReceiver.Delivery delivery : receiver.deliveries) {
            verifier.verify(delivery.body(), delivery.headers()); // throws unless signed with this endpoint's secret
            assertThat(delivery.data().path("caseId").asText()).isEqualTo(caseId.toString());
        }
        assertThat(receiver.deliveries).extracting(d -> d.headers().get("webhook-id").get(0)).doesNotHaveDuplicates();
    }

    /** Registers the agency and, as the agency, an endpoint of the receiver for the event types. */
    private static WebhookEndpointWithSecret register(String agencyId, WebhookReceiver receiver, List<String> types)
            throws ApiException {
        Cases.registerAgency(agencyId);
        return Gateway.agency(agencyId).webhooks().registerWebhookEndpoint(new WebhookEndpointRegistration()
                .url(receiver.url()).eventTypes(types), UUID.randomUUID().toString());
    }

    /** The decision, or null while contact-service has not yet learnt of the case. */
    private static ContactDecision decide(Gateway as, UUID caseId) throws ApiException {
        try {
            return as.decisions().decideContact(new DecisionRequest().caseId(caseId).channel(Channel.CALL));
        } catch (ApiException e) {
            if (e.getCode() == 404 || e.getCode() == 409) {
                return null;
            }
            throw e;
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        Map<String, List<String>> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        insensitive.putAll(headers);
        assertThat(insensitive).containsKey(name);
        return insensitive.get(name).get(0);
    }
}
