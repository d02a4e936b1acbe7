package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Scenario 12: a plan installment due in 3 days is reminded by SMS once, under contact-service's rules. */
class PaymentReminderScenarioTest extends Scenario {

    /** Creates the PAYMENT_REMINDER SMS template a creditor needs, unless another run created it already. */
    private static void reminderTemplate() {
        int status = as(Tokens.supervisor()).body(Map.of("code", "PAYMENT_REMINDER", "channel", "SMS", "language", "en",
                "rulePacks", List.of("US_REGF"), "body", "Reminder: {{amountDue}} is due on {{dueDate}}. {{optOutText}}"))
                .post("/api/v1/templates").statusCode();
        assertThat(status).isIn(201, 409);
    }

    private static List<Map<String, Object>> reminders(UUID caseId) {
        return as(Tokens.collector()).queryParam("caseId", caseId).get("/api/v1/payment-reminders").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> messages(UUID caseId) {
        return as(Tokens.collector()).queryParam("caseId", caseId).get("/api/v1/messages").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void anInstallmentDueInThreeDaysIsRemindedBySmsOnce() throws Exception {
        reminderTemplate();
        UUID caseId = Cases.openInNewYork(unique("REMIND"), "300.00");
        Contacts.awaitKnown(caseId);
        UUID debtorId = Cases.debtorId(caseId);
        Eventually.until("the debtor's phone at contact-service", () -> Contacts.points(Gateway.collector(), debtorId).size(),
                not(equalTo(0)));
        Plans.activeMonthly(caseId, "300.00", 3, 3);

        Gateway.admin().paymentReminders().runPaymentReminders();
        Eventually.until("reminder SENT", () -> reminders(caseId).stream().map(r -> r.get("status")).toList(),
                contains("SENT"));
        Gateway.admin().paymentReminders().runPaymentReminders();

        List<Map<String, Object>> sent = messages(caseId);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).containsEntry("templateCode", "PAYMENT_REMINDER").containsEntry("channel", "SMS")
                .containsEntry("sentBy", "system:plan-service");
        assertThat((String) sent.get(0).get("body")).startsWith("Reminder: $100.00 is due on ");
        List<Map<String, Object>> reminded = reminders(caseId);
        assertThat(reminded).hasSize(1);
        assertThat(reminded.get(0)).containsEntry("kind", "INSTALLMENT").containsEntry("amount", "100.00");
    }
}
