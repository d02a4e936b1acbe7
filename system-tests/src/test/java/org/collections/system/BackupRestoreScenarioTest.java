package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collections.client.ApiException;
import org.collections.client.model.CaseStatus;
import org.collections.client.model.CaseView;
import org.collections.client.model.PlanStatus;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * Scenario: plan-service's database is backed up while a payment event waits in its outbox, the original delivers it,
 * and the backup is restored (bin/backup, bin/restore). The restored outbox sends that event again; case-service's
 * inbox ignores it, so the payment reduces the balance once; payments after the restore flow as before.
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
            events.add(rows(suite.plans, PAYMENT_TO_CASES, payment).get(0)[0]);
        }
        assertThat(rows(suite.cases, "select event_id::text from inbox_event where event_id::text = any (string_to_array(?, ','))",
                String.join(",", events))).as("case-service's inbox holds each payment event once").hasSize(3);
    }

    /** The status of the delivery of the payment's PaymentPosted event to case-service, in plan-service's outbox. */
    private static String deliveryToCases(String paymentId) throws SQLException {
        List<String[]> rows = rows(suite.plans, PAYMENT_TO_CASES, paymentId);
        assertThat(rows).as("one delivery of payment " + paymentId + " to case-service").hasSize(1);
        return rows.get(0)[1];
    }

    /** Pays 100.00; null while the gateway cannot reach the restarted plan-service (the same key makes a retry safe). */
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

    private static List<String[]> rows(ServiceProcess service, String sql, String parameter) throws SQLException {
        String url = PostgresDatabase.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + service.database() + "$1");
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[rs.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
