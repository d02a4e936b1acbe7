package org.collections.plans.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.plans.api.PlanFlowTest.as;
import static org.collections.plans.api.PlanFlowTest.monthly;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collections.plans.CaseServiceProcess;
import org.collections.plans.Cases;
import org.collections.testsupport.Tokens;
import org.collections.testsupport.fuzz.Fuzzer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every operation of plan-service's own OpenAPI document, attacked with the fuzz catalogue by several roles, on real
 * cases of the real case-service with a pending and an active plan, a payment and a promise: no 5xx, every 4xx a
 * problem, and no rejected request writes anything.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServiceProcess.class, restrictToAnnotatedClass = true)
class PlanFuzzTest {

    @Test
    void noOperationAnswersHostileInputWithA5xxOrWritesWhenItRejects() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(Cases.open("1000.00", "CNY"));
        }
        String pending = as(Tokens.collector()).body(monthly(cases.get(0), "600.00", 3, "2026-12-20")).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        String active = as(Tokens.collector()).body(monthly(cases.get(1), "600.00", 3, "2026-12-20")).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        as(Tokens.supervisor()).body(Map.of("reason", "debtor agreed")).post("/api/v1/plans/" + active + "/approve")
                .then().statusCode(200);
        String payment = as(Tokens.collector()).header("Idempotency-Key", "fuzz-seed-payment")
                .body(Map.of("amount", "200.00", "currency", "CNY", "payerReference", "FUZZ-SEED"))
                .post("/api/v1/plans/" + active + "/payments").then().extract().path("id");
        String promise = as(Tokens.collector()).body(Map.of("caseId", cases.get(2), "amount", "100.00", "dueDate", "2026-12-20",
                "channel", "CALL")).post("/api/v1/promises").then().statusCode(201).extract().path("id");

        var config = ConfigProvider.getConfig();
        Fuzzer fuzzer = Fuzzer.of("http://localhost:" + RestAssured.port)
                .as("admin", Tokens.admin())
                .as("supervisor", Tokens.supervisor())
                .as("collector", Tokens.collector())
                .as("auditor", Tokens.auditor())
                .as("agency AGENCY-A", Tokens.agency("AGENCY-A"))
                .seed("cases", cases)
                .seed("caseId", cases)
                .seed("plans", List.of(pending, active))
                .seed("planId", List.of(pending, active))
                .seed("promises", List.of(promise))
                .seed("promiseId", List.of(promise))
                .database(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        if (payment != null) {
            fuzzer.seed("payments", List.of(payment)).seed("paymentId", List.of(payment));
        }
        Fuzzer.FuzzReport report = fuzzer.run();

        assertThat(report.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.violations()).as("violations of plan-service (see the summary above)").isEmpty();
    }
}
