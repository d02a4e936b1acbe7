package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.PlanStatus;
import org.junit.jupiter.api.Test;

/**
 * Scenarios: a service's database is backed up and restored with bin/backup and bin/restore while the rest of the
 * suite runs on. A restored sender sends again what was pending at its backup, and the receiver's inbox ignores what it
 * had applied; a restored receiver gets what it missed when its senders mark their deliveries since its restore point
 * as pending (docs/OPERATIONS.md, "Backup and restore"). Either way each payment reduces the balance once.
 */
class BackupRestoreScenarioTest extends Scenario {

    private static final String PAYMENT_TO_CASES = """
            select e.id::text, d.status from outbox_delivery d join outbox_event e on e.id = d.event_id
             where d.subscriber = 'case' and e.event_type = 'PaymentPosted' and e.payload ->> 'paymentId' = ?""";

    @Test
    void aRestoredPlanServiceResendsWhatWasPendingAtTheBackupAndTheCaseAppliesEachPaymentOnce() throws Exception {
        UUID caseId = Cases.openInNewYork(unique("RESTORE"), "300.00");
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));
        String first = Plans.pay(planId, "100.00", "USD", unique("TX")).getId().toString();
        Eventually.until("first payment delivered", () -> deliveryToCases(first), equalTo("DELIVERED"));

        Path dump = Backups.file("plan-service.dump");
        String second;
        suite.cases.stop();
        try {
            second = Plans.pay(planId, "100.00", "USD", unique("TX")).getId().toString();
            assertThat(deliveryToCases(second)).as("case-service is down").isEqualTo("PENDING");
            Backups.backup(suite.plans, dump);
        } finally {
            suite.restart(suite.cases);
        }
        Eventually.until("the original delivers the second payment", () -> Cases.get(caseId).getBalance(),
                equalTo("100.00"));
        Eventually.until("and records it", () -> deliveryToCases(second), equalTo("DELIVERED"));

        suite.plans.stop();
        Backups.restore(suite.plans, dump);
        assertThat(deliveryToCases(first)).as("delivered before the backup").isEqualTo("DELIVERED");
        assertThat(deliveryToCases(second)).as("pending at the backup").isEqualTo("PENDING");
        suite.restart(suite.plans);

        Eventually.until("the restored outbox sends the second payment again", () -> deliveryToCases(second),
                equalTo("DELIVERED"));
        CaseView afterResend = Cases.get(caseId);
        assertThat(afterResend.getBalance()).as("each payment applied once").isEqualTo("100.00");
        assertThat(afterResend.getPaymentsReceived()).isEqualTo("200.00");
        assertThat(afterResend.getStatus()).isEqualTo(CaseStatus.IN_PLAN);

        String reference = unique("TX");
        String third = Eventually.until("a payment to the restored plan-service", () -> payOrNull(planId, reference),
                notNullValue());
        Eventually.until("the third payment closes the case", () -> Cases.status(caseId), equalTo(CaseStatus.CLOSED));
        CaseView closed = Cases.get(caseId);
        assertThat(closed.getBalance()).isEqualTo("0.00");
        assertThat(closed.getPaymentsReceived()).isEqualTo("300.00");
        assertThat(Cases.historyActions(caseId).stream().filter("PAYMENT_POSTED"::equals)).hasSize(3);
        assertThat(Plans.status(planId)).isEqualTo(PlanStatus.COMPLETED);
        List<String> events = new ArrayList<>();
        for (String payment : List.of(first, second, third)) {
            events.add(Sql.rows(suite.plans.database(), PAYMENT_TO_CASES, payment).get(0)[0]);
        }
        assertThat(Sql.rows(suite.cases.database(), "select event_id from inbox_event where event_id = any (?::uuid[])",
                "{" + String.join(",", events) + "}")).as("case-service's inbox holds each payment event").hasSize(3);
    }

    @Test
    void aRestoredCaseServiceGetsWhatItMissedWhenPlanServiceSendsItsDeliveriesSinceTheRestorePointAgain()
            throws Exception {
        UUID caseId = Cases.openInNewYork(unique("REPLAY"), "300.00");
        UUID planId = Plans.activeMonthly(caseId, "300.00", 3, 7);
        Eventually.until("case IN_PLAN", () -> Cases.status(caseId), equalTo(CaseStatus.IN_PLAN));
        // what the operator replays from: earlier than the restore point, so the first payment is sent again too
        Instant replayFrom = Instant.now();
        String first = Plans.pay(planId, "100.00", "USD", unique("TX")).getId().toString();
        Eventually.until("first payment delivered", () -> deliveryToCases(first), equalTo("DELIVERED"));

        Path dump = Backups.file("case-service.dump");
        Backups.backup(suite.cases, dump);
        String second = Plans.pay(planId, "100.00", "USD", unique("TX")).getId().toString();
        Eventually.until("second payment delivered", () -> deliveryToCases(second), equalTo("DELIVERED"));
        assertThat(Cases.get(caseId).getBalance()).isEqualTo("100.00");

        suite.cases.stop();
        Backups.restore(suite.cases, dump);
        suite.restart(suite.cases);
        Eventually.until("case-service is back at its restore point", () -> Cases.get(caseId).getBalance(),
                equalTo("200.00"));

        // docs/OPERATIONS.md, "Events after a restore", 3: in each service that sends to case-service
        int again = Sql.update(suite.plans.database(), """
                update outbox_delivery set status = 'PENDING', next_attempt_at = now()
                 where subscriber = 'case' and status = 'DELIVERED' and delivered_at > ?::timestamptz""",
                replayFrom.toString());
        assertThat(again).as("both payments and whatever else plan-service sent since").isGreaterThanOrEqualTo(2);
        Eventually.until("plan-service has sent them again", () -> Sql.rows(suite.plans.database(),
                "select 1 from outbox_delivery where subscriber = 'case' and status = 'PENDING'").size(), equalTo(0));
        CaseView after = Cases.get(caseId);
        assertThat(after.getBalance()).as("the missed payment applied, the first not again").isEqualTo("100.00");
        assertThat(after.getPaymentsReceived()).isEqualTo("200.00");
        assertThat(Cases.historyActions(caseId).stream().filter("PAYMENT_POSTED"::equals)).hasSize(2);

        Plans.pay(planId, "100.00", "USD", unique("TX"));
        Eventually.until("the third payment closes the case", () -> Cases.status(caseId), equalTo(CaseStatus.CLOSED));
        assertThat(Cases.get(caseId).getBalance()).isEqualTo("0.00");
    }

    /** The status of the delivery of the payment's PaymentPosted event to case-service, in plan-service's outbox. */
    private static String deliveryToCases(String paymentId) throws SQLException {
        List<String[]> rows = Sql.rows(suite.plans.database(), PAYMENT_TO_CASES, paymentId);
        assertThat(rows).as("one delivery of payment " + paymentId + " to case-service").hasSize(1);
        return rows.get(0)[1];
    }

    /** Pays 100.00; null while the gateway cannot reach the restarted plan-service (the same key makes retries safe). */
    private static String payOrNull(UUID planId, String reference) throws ApiException {
        try {
            return Plans.pay(planId, "100.00", "USD", reference).getId().toString();
        } catch (ApiException e) {
            if (e.getCode() == 502 || e.getCode() == 503) {
                return null;
            }
            throw e;
        }
    }
}
