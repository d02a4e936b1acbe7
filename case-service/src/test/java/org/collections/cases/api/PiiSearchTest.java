package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Masked personal data cannot be unmasked by searching for it, and every search by personal data is audited. */
@QuarkusTest
class PiiSearchTest {

    @Test
    void anAgencyMayNotSearchByPhoneOrNationalId() {
        long auditsBefore = Jdbc.count("select count(*) from audit_log where action = 'PII_SEARCH'");
        for (String query : List.of("phone=+8613800007711", "nationalId=110101199003077711",
                "phone=+8613800007711&nationalId=110101199003077711")) {
            as(Tokens.agency("AG-SEARCH")).get("/api/v1/cases?" + query).then().statusCode(403)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("pii-search-forbidden"));
        }
        // other filters stay open to agencies
        as(Tokens.agency("AG-SEARCH")).get("/api/v1/cases?status=ACTIVE").then().statusCode(200);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'PII_SEARCH'")).isEqualTo(auditsBefore);
    }

    @Test
    void aSearchByPersonalDataIsAuditedWithTheFieldsButNotTheValues() {
        String phone = "+8613900004242";
        String nationalId = "SEARCH-AUDIT-4242";
        Map<String, Object> debtor = CaseApi.debtor(nationalId, phone);
        String caseId = as(Tokens.admin()).body(CaseApi.newCase("ACME", "SEARCH-AUDIT-1", debtor,
                List.of(CaseApi.debt("10.00", "CNY", "2026-10-01")))).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");

        as(Tokens.auditor()).get("/api/v1/cases?phone=" + phone).then().statusCode(200)
                .body("items[0].id", equalTo(caseId));
        as(Tokens.collector()).get("/api/v1/cases?nationalId=" + nationalId).then().statusCode(200)
                .body("items[0].id", equalTo(caseId));

        List<Map<String, Object>> entries = Jdbc.query("select actor, entity_id, after_state::text as after "
                + "from audit_log where action = 'PII_SEARCH' and actor in ('auditor-user', 'collector-user') order by id");
        assertThat(entries).extracting(e -> e.get("actor") + ":" + e.get("entity_id"))
                .contains("auditor-user:phoneIndex", "collector-user:nationalIdIndex");
        String audited = entries.toString();
        assertThat(audited).doesNotContain("13900004242").doesNotContain(nationalId).contains("\"matches\": 1");
    }
}
