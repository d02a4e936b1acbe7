package org.collections.system;

import static org.collections.system.Scenario.as;
import static org.collections.system.Scenario.suite;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.collections.testsupport.Tokens;

/** plan-service, as the scenarios use it. */
final class Plans {

    private Plans() {
    }

    /** Proposes and approves a monthly plan of {@code count} installments, the first due in {@code firstDueInDays}. */
    static String activeMonthly(String caseId, String amount, int count, int firstDueInDays) {
        LocalDate firstDue = LocalDate.ofInstant(suite.now(), ZoneOffset.UTC).plusDays(firstDueInDays);
        String planId = as(suite.plans, Tokens.collector())
                .body(Map.of("caseId", caseId, "type", "INSTALLMENT", "amount", amount, "installments", count,
                        "frequency", "MONTHLY", "firstDueDate", firstDue.toString()))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        // four eyes: the proposer may not approve
        as(suite.plans, Tokens.supervisor()).body(Map.of("reason", "Debtor agreed by phone"))
                .post("/api/v1/plans/" + planId + "/approve").then().statusCode(200);
        return planId;
    }

    static Response pay(String planId, String amount, String currency, String reference) {
        return as(suite.plans, Tokens.collector()).header("Idempotency-Key", "pay-" + reference)
                .body(Map.of("amount", amount, "currency", currency, "payerReference", reference))
                .post("/api/v1/plans/" + planId + "/payments");
    }

    static String status(String planId) {
        return as(suite.plans, Tokens.admin()).get("/api/v1/plans/" + planId).then().statusCode(200).extract().path("status");
    }

    /** The due dates of the plan's installments, first to last. */
    static java.util.List<LocalDate> dueDates(String planId) {
        return as(suite.plans, Tokens.admin()).get("/api/v1/plans/" + planId).then().statusCode(200).extract()
                .jsonPath().<String>getList("installments.dueDate").stream().map(LocalDate::parse).toList();
    }

    static void evaluate() {
        as(suite.plans, Tokens.admin()).post("/api/v1/plan-evaluations").then().statusCode(200);
    }
}
