package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.collections.client.ApiClient;
import org.collections.client.ApiException;
import org.collections.client.ApiResponse;
import org.collections.client.api.AgenciesApi;
import org.collections.client.api.CasesApi;
import org.collections.client.api.ContactDecisionsApi;
import org.collections.client.api.PlacementsApi;
import org.collections.client.api.PlansApi;
import org.collections.client.api.WebhooksApi;
import org.collections.client.model.CaseCaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.Channel;
import org.collections.client.model.CloseReason;
import org.collections.client.model.ContactDecision;
import org.collections.client.model.CreateCaseRequest;
import org.collections.client.model.CursorPagePaymentView;
import org.collections.client.model.DebtRequest;
import org.collections.client.model.DebtorRequest;
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
import org.collections.client.model.Product;
import org.collections.client.model.Problem;
import org.collections.client.model.Recall;
import org.collections.client.model.Register;
import org.collections.client.model.Transition;
import org.collections.client.model.WebhookEndpointRegistration;
import org.collections.client.model.WebhookEndpointWithSecret;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The main flows as a partner or a back-office integration runs them: through the gateway only, with the typed client
 * generated from the merged API document, each user with their own bearer token.
 */
class GeneratedClientScenarioTest extends Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void caseFromCreationToPaidInFullThroughTheGateway() throws Exception {
        ApiClient admin = client(Tokens.admin());
        ApiClient collector = client(Tokens.collector());
        String agencyId = unique("GC-AGENCY");
        new AgenciesApi(admin).registerAgency(new Register().id(agencyId).name("Agency " + agencyId)
                .reason("Partner contract signed"));

        ApiResponse<CaseView> created = new CasesApi(admin).createCaseWithHttpInfo(newCase(unique("GC"), "300.00"),
                UUID.randomUUID().toString());
        assertThat(created.getStatusCode()).isEqualTo(201);
        CaseView opened = created.getData();
        assertThat(opened.getStatus()).isEqualTo(CaseCaseStatus.NEW);
        assertThat(opened.getBalance()).isEqualTo("300.00");
        assertThat(header(created.getHeaders(), "Location")).endsWith("/api/v1/cases/" + opened.getId());
        UUID caseId = opened.getId();

        CaseView active = new CasesApi(admin).transitionCase(caseId,
                new Transition().to(CaseCaseStatus.ACTIVE).reason("system test"), null);
        assertThat(active.getStatus()).isEqualTo(CaseCaseStatus.ACTIVE);

        ContactDecision decision = Eventually.until("contact-service knows the case", () -> decide(collector, caseId),
                org.hamcrest.Matchers.notNullValue());
        assertThat(decision.getDecision()).isIn(ContactDecision.DecisionEnum.ALLOW, ContactDecision.DecisionEnum.BLOCK);
        assertThat(decision.getRulePack()).isNotBlank();

        LocalDate firstDue = LocalDate.ofInstant(suite.now(), ZoneOffset.UTC).plusDays(7);
        PlanView proposed = new PlansApi(collector).createPlan(new PlanRequest().caseId(caseId).type(PlanType.INSTALLMENT)
                .amount("300.00").installments(3).frequency(Frequency.MONTHLY).firstDueDate(firstDue),
                UUID.randomUUID().toString());
        PlanView approved = new PlansApi(client(Tokens.supervisor())).approvePlan(proposed.getId(),
                new PlanDecision().reason("Debtor agreed by phone"));
        assertThat(approved.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(approved.getApprovedBy()).isNotEqualTo(approved.getProposedBy());
        assertThat(approved.getInstallments()).hasSize(3);
        // placing while case-service applies PlanActivated would be a concurrent change (409): wait for it first
        Eventually.until("case IN_PLAN", () -> new CasesApi(admin).getCase(caseId).getStatus(),
                equalTo(CaseCaseStatus.IN_PLAN));

        PlacementView placement = new PlacementsApi(admin).placeCase(caseId, new Place().agencyId(agencyId));
        assertThat(placement.getAgencyId()).isEqualTo(agencyId);
        CaseView seenByAgency = new CasesApi(client(Tokens.agency(agencyId))).getCase(caseId);
        assertThat(seenByAgency.getDebtor().getMasked()).isTrue();
        assertThat(seenByAgency.getDebtor().getNationalId()).doesNotStartWith("SYS").contains("*");
        assertThat(seenByAgency.getDebtor().getPhones()).singleElement().isNotEqualTo("+1 212 555 0147");
        ApiException otherAgency = catchThrowableOfType(ApiException.class,
                () -> new CasesApi(client(Tokens.agency(unique("GC-OTHER")))).getCase(caseId));
        assertThat(otherAgency.getCode()).isEqualTo(404);

        List<String> paymentIds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            PaymentView payment = new PlansApi(collector).postPayment(proposed.getId(), UUID.randomUUID().toString(),
                    new PaymentRequest().amount("100.00").currency("USD").payerReference(unique("TX")));
            assertThat(payment.getAmount()).isEqualTo("100.00");
            paymentIds.add(payment.getId().toString());
        }
        assertThat(new PlansApi(admin).getPlan(proposed.getId()).getStatus()).isEqualTo(PlanStatus.COMPLETED);
        Eventually.until("case closed", () -> new CasesApi(admin).getCase(caseId).getStatus(),
                equalTo(CaseCaseStatus.CLOSED));
        CaseView closed = new CasesApi(admin).getCase(caseId);
        assertThat(closed.getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
        assertThat(closed.getBalance()).isEqualTo("0.00");

        // one payment a page: the cursor of each page leads to the next, the last page has none
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CursorPagePaymentView page = new PlansApi(admin).listPlanPayments(proposed.getId(), cursor, 1);
            assertThat(page.getItems()).hasSizeLessThanOrEqualTo(1);
            page.getItems().forEach(p -> paged.add(p.getId().toString()));
            cursor = page.getNextCursor();
            assertThat(++pages).isLessThanOrEqualTo(4);
        } while (cursor != null);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(paymentIds);
    }

    @Test
    void invalidInputIsA422ProblemAndCreatesNothing() throws Exception {
        ApiClient admin = client(Tokens.admin());
        String creditorId = unique("GC-INVALID");
        CreateCaseRequest invalid = newCase(creditorId, "300.00");
        invalid.externalRef(" ");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new CasesApi(admin).createCase(invalid, UUID.randomUUID().toString()));

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = JSON.readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo("/problems/validation");
        assertThat(problem.getErrors()).isNotEmpty();
        assertThat(refused.getResponseBody()).doesNotContain("SYS");
        assertThat(new CasesApi(admin).listCases(null, null, null, creditorId, null, null, null, null, null, null, null,
                null).getItems()).isEmpty();

        ApiException tooLarge = catchThrowableOfType(ApiException.class, () -> new CasesApi(admin)
                .listCases(null, null, null, creditorId, null, null, null, 500, null, null, null, null));
        assertThat(tooLarge.getCode()).isEqualTo(422);
    }

    @Test
    void placementAndRecallAreSignedWebhooksToThatAgencyOnly() throws Exception {
        ApiClient admin = client(Tokens.admin());
        String agencyA = unique("GC-HOOK-A");
        String agencyB = unique("GC-HOOK-B");
        try (Receiver receiverA = new Receiver(); Receiver receiverB = new Receiver()) {
            for (String agency : List.of(agencyA, agencyB)) {
                new AgenciesApi(admin).registerAgency(new Register().id(agency).name("Agency " + agency)
                        .reason("Partner contract signed"));
            }
            WebhookEndpointWithSecret endpointA = register(agencyA, receiverA);
            WebhookEndpointWithSecret endpointB = register(agencyB, receiverB);
            assertThat(endpointA.getSecret()).startsWith("whsec_");
            assertThat(endpointA.getAgencyId()).isEqualTo(agencyA);

            UUID caseId = new CasesApi(admin).createCase(newCase(unique("GC-HOOK"), "120.00"), UUID.randomUUID().toString())
                    .getId();
            new CasesApi(admin).transitionCase(caseId, new Transition().to(CaseCaseStatus.ACTIVE).reason("system test"),
                    null);
            PlacementView placement = new PlacementsApi(admin).placeCase(caseId, new Place().agencyId(agencyA));
            new PlacementsApi(admin).recallPlacement(caseId, placement.getId(), new Recall().reason("Placement period ended"));

            Eventually.until("agency A got CasePlaced and CaseRecalled", () -> receiverA.types(caseId),
                    org.hamcrest.Matchers.hasItems("CasePlaced", "CaseRecalled"));
            Webhook verifier = new Webhook(endpointA.getSecret());
            for (Receiver.Delivery delivery : receiverA.deliveries) {
                verifier.verify(delivery.body(), delivery.headers()); // throws unless signed with A's secret
                JsonNode body = JSON.readTree(delivery.body());
                assertThat(body.path("data").path("caseId").asText()).isEqualTo(caseId.toString());
            }
            assertThat(receiverA.deliveries).extracting(d -> JSON.readTree(d.body()).path("data").path("agencyId").asText())
                    .containsOnly(agencyA);
            assertThat(receiverA.deliveries).extracting(d -> d.headers().get("webhook-id").get(0))
                    .doesNotHaveDuplicates();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Webhook(endpointB.getSecret())
                    .verify(receiverA.deliveries.get(0).body(), receiverA.deliveries.get(0).headers()))
                    .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
            assertThat(receiverB.deliveries).isEmpty();
        }
    }

    private static WebhookEndpointWithSecret register(String agencyId, Receiver receiver) throws ApiException {
        return new WebhooksApi(client(Tokens.agency(agencyId))).registerWebhookEndpoint(new WebhookEndpointRegistration()
                .url(receiver.url()).eventTypes(List.of("CasePlaced", "CaseRecalled")), UUID.randomUUID().toString());
    }

    /** The decision, or null while contact-service has not yet learnt of the case. */
    private static ContactDecision decide(ApiClient client, UUID caseId) throws ApiException {
        try {
            return new ContactDecisionsApi(client).decideContact(new DecisionRequest().caseId(caseId).channel(Channel.CALL));
        } catch (ApiException e) {
            if (e.getCode() == 404 || e.getCode() == 409) {
                return null;
            }
            throw e;
        }
    }

    private static CreateCaseRequest newCase(String creditorId, String principal) {
        String ref = UUID.randomUUID().toString().substring(0, 12);
        return new CreateCaseRequest().creditorId(creditorId).externalRef(ref)
                .debtor(new DebtorRequest().fullName("Sam Rivera").nationalId("SYS" + ref).phones(List.of("+1 212 555 0147"))
                        .timeZone("America/New_York").jurisdiction("US").preferredLanguage("en"))
                .debts(new ArrayList<>(List.of(new DebtRequest().product(Product.CONSUMER_LOAN).principal(principal)
                        .currency("USD").oldestUnpaidDate(LocalDate.parse("2026-09-01")))));
    }

    /** A client of the gateway that sends {@code token} as its bearer token. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(), suite.gateway.url());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        Map<String, List<String>> insensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        insensitive.putAll(headers);
        assertThat(insensitive).containsKey(name);
        return insensitive.get(name).get(0);
    }

    /** A partner's webhook receiver on the loopback interface: records what it gets and answers 204. */
    private static final class Receiver implements AutoCloseable {

        record Delivery(Map<String, List<String>> headers, String body) {
        }

        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                Map<String, List<String>> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
                deliveries.add(new Delivery(headers, new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        List<String> types(UUID caseId) {
            List<String> types = new ArrayList<>();
            for (Delivery delivery : deliveries) {
                try {
                    JsonNode body = JSON.readTree(delivery.body());
                    if (caseId.toString().equals(body.path("data").path("caseId").asText())) {
                        types.add(body.path("type").asText());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return types;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
