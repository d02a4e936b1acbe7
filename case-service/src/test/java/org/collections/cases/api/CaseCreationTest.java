package org.collections.cases.api;

import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.newCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseCreationTest {

    @Test
    void openedCaseCarriesDebtsBalanceAndDelinquency() {
        var created = as(Tokens.admin())
                .body(newCase("ACME", "REF-CREATE-1", debtor("110101199003071234", "+86 138 0013 8000"),
                        List.of(debt("1200.00", "CNY", "2026-09-01"), debt("300.50", "CNY", "2026-10-15"))))
                .post("/api/v1/cases")
                .then().statusCode(201).extract();
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).isEqualTo("/api/v1/cases/" + id);

        as(Tokens.admin()).get("/api/v1/cases/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("NEW"))
                .body("currency", equalTo("CNY"))
                // 1200.00 + 10.00 + 5.00 + 300.50 + 10.00 + 5.00
                .body("totalDebt", equalTo("1530.50"))
                .body("balance", equalTo("1530.50"))
                // 2026-09-01 to 2026-11-23 (the test clock) is 83 days
                .body("daysPastDue", equalTo(83))
                .body("bucket", equalTo("61-90"))
                .body("debts", hasSize(2))
                .body("debtor.nationalId", equalTo("110101199003071234"))
                .body("debtor.phones[0]", equalTo("+8613800138000"))
                .body("debtor.timeZone", equalTo("Asia/Shanghai"))
                .body("debtorId", notNullValue());
    }
}
