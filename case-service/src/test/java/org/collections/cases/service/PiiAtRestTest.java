package org.collections.cases.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.newCase;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PiiAtRestTest {

    @Test
    void personalDataIsStoredAsCiphertextAndFoundByExactMatch() {
        Map<String, Object> debtor = Map.of("fullName", "Zhang Xiuying", "nationalId", "320102198811223344",
                "phones", List.of("+86 139 1234 5678"), "emails", List.of("zhang.xy@example.cn"),
                "address", Map.of("line1", "88 Nanjing Road", "city", "Shanghai", "country", "CN"),
                "timeZone", "Asia/Shanghai", "jurisdiction", "CN");
        String caseId = as(Tokens.admin()).body(newCase("PII", "PII-1", debtor, List.of(debt("500.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        String debtorId = as(Tokens.admin()).get("/api/v1/cases/" + caseId).path("debtorId");

        Map<String, Object> row = Jdbc.query("select * from debtor where id = '" + debtorId + "'").get(0);
        String raw = row.toString();
        for (String secret : List.of("Zhang", "320102198811223344", "1234 5678", "12345678", "zhang.xy", "Nanjing")) {
            assertThat(raw).as("raw debtor row").doesNotContain(secret);
        }
        assertThat((String) row.get("full_name_cipher")).startsWith("v1:dev-2026:");
        assertThat((String) row.get("national_id_index")).hasSize(64);

        // exact-match search through the blind index, formatting-insensitive for phones
        List<String> byPhone = as(Tokens.collector()).get("/api/v1/cases?phone=+8613912345678").then().statusCode(200)
                .extract().path("items.id");
        assertThat(byPhone).containsExactly(caseId);
        List<String> byId = as(Tokens.collector()).get("/api/v1/cases?nationalId=320102198811223344").then()
                .extract().path("items.id");
        assertThat(byId).containsExactly(caseId);
        assertThat(as(Tokens.collector()).get("/api/v1/cases?nationalId=320102198811223345").then()
                .extract().<List<?>>path("items")).isEmpty();

        // and it decrypts for an authorised reader
        as(Tokens.admin()).get("/api/v1/debtors/" + debtorId).then().statusCode(200)
                .body("fullName", org.hamcrest.Matchers.equalTo("Zhang Xiuying"))
                .body("address.city", org.hamcrest.Matchers.equalTo("Shanghai"));
    }

    @Test
    void aSecondCaseForTheSameNationalIdReusesTheDebtor() {
        Map<String, Object> debtor = CaseApi.debtor("REUSE-777", "+86 137 0000 7777");
        String first = as(Tokens.admin()).body(newCase("CRED-1", "REUSE-1", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("debtorId");
        String second = as(Tokens.admin()).body(newCase("CRED-2", "REUSE-2", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("debtorId");
        assertThat(second).isEqualTo(first);
        // one open case per debtor per creditor ...
        as(Tokens.admin()).body(newCase("CRED-1", "REUSE-3", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(409).contentType("application/problem+json");
        // ... and a new one once the old one is closed
        String firstCase = as(Tokens.admin()).get("/api/v1/cases?creditorId=CRED-1&nationalId=REUSE-777").path("items[0].id");
        CaseApi.transition(firstCase, "CLOSED", java.util.Map.of("closeReason", "RECALLED_BY_CREDITOR")).then().statusCode(200);
        as(Tokens.admin()).body(newCase("CRED-1", "REUSE-3", debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(201);
    }
}
