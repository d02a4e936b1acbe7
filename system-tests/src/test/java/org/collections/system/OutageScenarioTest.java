package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Scenarios 6 to 8: services and connections fail; nothing is lost and nothing is applied twice. */
class OutageScenarioTest extends Scenario {

    @Test
    void aPaymentPostedWhileCaseServiceIsDownReachesItOnceWhenItIsBack() throws Exception {
        String caseId = Cases.openInNewYork(unique("OUTAGE"), "300.00");
        String planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo("IN_PLAN"));

        suite.cases.stop();
        try {
            Plans.pay(planId, "100.00", "USD", unique("TX")).then().statusCode(201);
            Thread.sleep(Duration.ofSeconds(30).toMillis());
        } finally {
            suite.restart(suite.cases);
        }

        Eventually.until("payment applied", () -> Cases.get(caseId).get("balance"), equalTo("200.00"));
        Thread.sleep(Duration.ofSeconds(5).toMillis()); // longer than the relays' longest back-off: any redelivery has happened
        assertThat(Cases.get(caseId)).containsEntry("balance", "200.00").containsEntry("paymentsReceived", "100.00");
    }

    @Test
    void aLeaseHeldWhenContactServiceIsKilledExpiresAndTheContactIsDispatchedOnce() throws Exception {
        String caseId = Cases.openInNewYork(unique("KILL"), "120.00");
        Contacts.awaitKnown(caseId);
        String phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0105");
        String slot = Contacts.request(caseId, "SMS", phone).then().statusCode(201).extract().path("id");
        assertThat(leaseSms(60)).contains(slot);

        suite.contacts.kill();
        suite.restart(suite.contacts);
        assertThat(leaseSms(60)).as("still leased to the first dispatcher").doesNotContain(slot);

        suite.travel(Duration.ofSeconds(61));
        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> leased = dispatchers.invokeAll(List.of(() -> leaseSms(60), () -> leaseSms(60)));
            long handedOut = 0;
            for (Future<List<String>> l : leased) {
                handedOut += l.get().stream().filter(slot::equals).count();
            }
            assertThat(handedOut).as("dispatched to exactly one of two concurrent dispatchers").isEqualTo(1);
        } finally {
            dispatchers.shutdownNow();
        }
        as(suite.contacts, Tokens.collector()).body(Map.of("outcome", "DELIVERED")).post("/api/v1/dispatch-leases/" + slot + "/outcome")
                .then().statusCode(200).body("status", equalTo("DONE"));
        suite.travel(Duration.ofSeconds(61));
        assertThat(leaseSms(60)).doesNotContain(slot);
        assertThat(as(suite.contacts, Tokens.collector()).queryParam("caseId", caseId).get("/api/v1/attempts").then()
                .statusCode(200).extract().jsonPath().getList("items.outcome")).containsExactly("DELIVERED");
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
        acknowledged.forEach(r -> as(suite.cases, Tokens.admin()).get("/api/v1/cases/" + r.path("id")).then().statusCode(200));
        int stored = as(suite.cases, Tokens.admin()).queryParam("creditorId", creditor).queryParam("limit", 200)
                .get("/api/v1/cases").then().statusCode(200).extract().path("items.size()");
        assertThat(stored).as("exactly the acknowledged writes are stored").isEqualTo(acknowledged.size());
        Eventually.until("case-service writes again", () -> createCase(creditor, "after").statusCode(), equalTo(201));
    }

    private static List<String> leaseSms(int seconds) {
        return as(suite.contacts, Tokens.collector()).body(Map.of("channel", "SMS", "limit", 500, "leaseSeconds", seconds))
                .post("/api/v1/dispatch-leases").then().statusCode(200).extract().jsonPath().getList("items.slotId");
    }

    private static Response createCase(String creditor, String ref) {
        return as(suite.cases, Tokens.admin()).body(Map.of("creditorId", creditor, "externalRef", ref,
                "debtor", Map.of("fullName", "Burst Debtor", "nationalId", creditor + ref, "timeZone", "America/Chicago",
                        "jurisdiction", "US"),
                "debts", List.of(Map.of("product", "CONSUMER_LOAN", "principal", "99.00", "currency", "USD",
                        "oldestUnpaidDate", "2026-10-01")))).post("/api/v1/cases");
    }
}
