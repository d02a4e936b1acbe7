package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.collections.client.ApiException;
import org.collections.client.model.AttemptView;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactOutcome;
import org.collections.client.model.LeaseRequest;
import org.collections.client.model.LeasedContact;
import org.collections.client.model.SlotOutcome;
import org.collections.client.model.SlotStatus;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Scenarios 6 to 8: services and connections fail; nothing is lost and nothing is applied twice. */
class OutageScenarioTest extends Scenario {

    @Test
    void aPaymentPostedWhileCaseServiceIsDownReachesItOnceWhenItIsBack() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("OUTAGE"), "300.00");
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));

        suite.cases.stop();
        try {
            Plans.pay(planId, "100.00", "USD", unique("TX"));
            Thread.sleep(Duration.ofSeconds(30).toMillis());
        } finally {
            suite.restart(suite.cases);
        }

        Eventually.until("payment applied", () -> Cases.get(caseId).getBalance(), equalTo("200.00"));
        Thread.sleep(Duration.ofSeconds(5).toMillis()); // longer than the relays' longest back-off: any redelivery has happened
        CaseView after = Cases.get(caseId);
        assertThat(after.getBalance()).isEqualTo("200.00");
        assertThat(after.getPaymentsReceived()).isEqualTo("100.00");
    }

    @Test
    void aLeaseHeldWhenContactServiceIsKilledExpiresAndTheContactIsDispatchedOnce() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("KILL"), "120.00");
        Contacts.awaitKnown(caseId);
        UUID phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0105");
        UUID slot = Contacts.request(caseId, Channel.SMS, phone).getId();
        assertThat(leaseSms(60)).contains(slot);

        suite.contacts.kill();
        suite.restart(suite.contacts);
        // the gateway may still hold a connection to the killed process: the first call after the restart may fail
        List<UUID> afterRestart = Eventually.until("contact-service answers through the gateway again",
                OutageScenarioTest::leaseSmsOrNull, org.hamcrest.Matchers.notNullValue());
        assertThat(afterRestart).as("still leased to the first dispatcher").doesNotContain(slot);

        suite.travel(Duration.ofSeconds(61));
        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<UUID>>> leased = dispatchers.invokeAll(List.of(() -> leaseSms(60), () -> leaseSms(60)));
            long handedOut = 0;
            for (Future<List<UUID>> l : leased) {
                handedOut += l.get().stream().filter(slot::equals).count();
            }
            assertThat(handedOut).as("dispatched to exactly one of two concurrent dispatchers").isEqualTo(1);
        } finally {
            dispatchers.shutdownNow();
        }
        assertThat(Gateway.collector().dispatch().reportDispatchOutcome(slot,
                new SlotOutcome().outcome(ContactOutcome.DELIVERED)).getStatus()).isEqualTo(SlotStatus.DONE);
        suite.travel(Duration.ofSeconds(61));
        assertThat(leaseSms(60)).doesNotContain(slot);
        assertThat(Gateway.collector().attempts().listAttempts(caseId, null, null).getItems())
                .extracting(AttemptView::getOutcome).containsExactly(ContactOutcome.DELIVERED);
    }

    @Test
    void droppedDatabaseConnectionsDuringABurstOfWritesLoseNothingAcknowledged() throws Exception {
        String creditor = unique("BURST");
        List<Response> responses = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        for (int writer = 0; writer < 8; writer++) {
            int w = writer;
            pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    responses.add(createCase(creditor, "W" + w + "-" + i));
                }
                return null;
            });
        }
        pool.submit(() -> {
            for (int drop = 0; drop < 5; drop++) {
                Thread.sleep(300);
                PostgresDatabase.terminateConnections(PostgresDatabase.adminUrl(), suite.cases.database());
            }
            return null;
        });
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).as("every writer got an answer").isTrue();

        List<Response> acknowledged = responses.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> failed = responses.stream().filter(r -> r.statusCode() != 201).toList();
        System.out.printf("burst: %d acknowledged, %d failed%n", acknowledged.size(), failed.size());
        assertThat(responses).hasSize(200);
        assertThat(failed).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.header("Retry-After")).isNotBlank();
        });
        for (Response r : acknowledged) {
            Cases.get(UUID.fromString(r.path("id")));
        }
        int stored = Gateway.admin().cases().listCases(null, null, null, creditor, null, null, null, 200, null, null,
                null, null).getItems().size();
        assertThat(stored).as("exactly the acknowledged writes are stored").isEqualTo(acknowledged.size());
        Eventually.until("case-service writes again", () -> createCase(creditor, "after").statusCode(), equalTo(201));
    }

    private static List<UUID> leaseSms(int seconds) throws ApiException {
        return Gateway.collector().dispatch().leaseContacts(new LeaseRequest().channel(Channel.SMS).limit(500)
                .leaseSeconds(seconds)).getItems().stream().map(LeasedContact::getSlotId).toList();
    }

    /** The slots leased, or null while the gateway cannot reach contact-service. */
    private static List<UUID> leaseSmsOrNull() throws ApiException {
        try {
            return leaseSms(60);
        } catch (ApiException e) {
            if (e.getCode() == 502 || e.getCode() == 503) {
                return null;
            }
            throw e;
        }
    }

    /** Raw HTTP: the refusals' status, type and headers are what this scenario checks. */
    private static Response createCase(String creditor, String ref) {
        return as(Tokens.admin()).body(Map.of("creditorId", creditor, "externalRef", ref,
                "debtor", Map.of("fullName", "Burst Debtor", "nationalId", creditor + ref, "timeZone", "America/Chicago",
                        "jurisdiction", "US"),
                "debts", List.of(Map.of("product", "CONSUMER_LOAN", "principal", "99.00", "currency", "USD",
                        "oldestUnpaidDate", "2026-10-01")))).post("/api/v1/cases");
    }
}
