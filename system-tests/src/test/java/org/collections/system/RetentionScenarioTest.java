package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.collections.client.model.ContactPointView;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Retention across the real processes: two closed Chinese cases two years after their last activity; the erasure run
 * takes the personal data of the one without a legal hold out of case-service and, through its PersonalDataErased
 * event, out of contact-service, and leaves the held one whole in both.
 */
class RetentionScenarioTest extends Scenario {

    @Test
    void aClosedCasePastRetentionIsErasedInEveryServiceAndAHeldOneIsKept() throws Exception {
        UUID erased = Cases.open(unique("RET"), "300.00", "CNY", "Asia/Shanghai", "CN", "+86 139 1234 5678");
        UUID held = Cases.open(unique("RET"), "300.00", "CNY", "Asia/Shanghai", "CN", "+86 139 1234 5679");
        UUID erasedDebtor = Cases.debtorId(erased);
        UUID heldDebtor = Cases.debtorId(held);
        awaitPhones(erasedDebtor);
        awaitPhones(heldDebtor);
        close(erased);
        close(held);
        as(Tokens.admin()).body(Map.of("reason", "Complaint C-2207 before the regulator"))
                .post("/api/v1/cases/" + held + "/legal-holds").then().statusCode(201);

        try {
            suite.travel(Duration.ofDays(2 * 366));
            as(Tokens.admin()).post("/api/v1/erasure-runs").then().statusCode(200)
                    .body("casesErased", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

            Awaitility.await("contact-service erased the debtor's contact points").atMost(Eventually.EVENT_DELIVERY)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> points(erasedDebtor).stream().allMatch(p -> p.getValue() == null));
            as(Tokens.admin()).get("/api/v1/cases/" + erased).then().statusCode(200)
                    .body("erasedAt", notNullValue()).body("debtor.fullName", nullValue())
                    .body("debtor.phones.size()", equalTo(0)).body("totalDebt", equalTo("300.00"));

            as(Tokens.admin()).get("/api/v1/cases/" + held).then().statusCode(200)
                    .body("erasedAt", nullValue()).body("onLegalHold", equalTo(true))
                    .body("debtor.fullName", equalTo("Sam Rivera"));
            assertThat(points(heldDebtor)).extracting(ContactPointView::getValue).containsExactly("+8613912345679");
            awaitNothingPending(suite.cases.database());
        } finally {
            suite.travelTo(Suite.START);
        }
    }

    private static void close(UUID caseId) {
        as(Tokens.admin()).body(Map.of("to", "CLOSED", "closeReason", "WRITTEN_OFF", "reason", "creditor wrote it off"))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
    }

    private static List<ContactPointView> points(UUID debtorId) throws Exception {
        return Contacts.points(Gateway.collector(), debtorId);
    }

    private static void awaitPhones(UUID debtorId) {
        // 404 until contact-service has learnt of the debtor from case-service's events
        Awaitility.await("contact-service has the debtor's phone").atMost(Eventually.EVENT_DELIVERY)
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> points(debtorId).stream().map(ContactPointView::getValue).anyMatch(Objects::nonNull));
    }

    /** Before the clocks go back: no event of the run left to deliver at a time that would then lie in the future. */
    private static void awaitNothingPending(String database) {
        Awaitility.await(database + " delivered its events").atMost(Eventually.EVENT_DELIVERY)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Sql.rows(database, "select count(*) from outbox_delivery where status = 'PENDING'").get(0)[0]
                        .equals("0"));
    }
}
