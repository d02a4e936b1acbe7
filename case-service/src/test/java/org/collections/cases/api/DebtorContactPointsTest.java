package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.newCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A debtor's phones are valid international numbers kept in E.164, and e-mails are addresses (they flow to contact-service). */
@QuarkusTest
class DebtorContactPointsTest {

    private static Map<String, Object> debtorWith(String nationalId, List<String> phones, List<String> emails) {
        Map<String, Object> debtor = new HashMap<>(CaseApi.debtor(nationalId, "+86 138 0013 8000"));
        debtor.put("phones", phones);
        debtor.put("emails", emails);
        return debtor;
    }

    @Test
    void notAPhoneOrNotAnAddressIsA422AndWritesNothing() {
        long debtors = Jdbc.count("select count(*) from debtor");
        long cases = Jdbc.count("select count(*) from collection_case");
        List<Map<String, Object>> bad = List.of(
                debtorWith("CP-BAD-1", List.of("not a phone +8613800138000"), List.of()),
                debtorWith("CP-BAD-2", List.of("+86 000"), List.of()),
                debtorWith("CP-BAD-3", List.of("+44 7700 900123 ext"), List.of()),
                debtorWith("CP-BAD-4", List.of("13800138000"), List.of()),
                debtorWith("CP-BAD-5", List.of(), List.of("nope")),
                debtorWith("CP-BAD-6", List.of(), List.of("li@localhost")),
                debtorWith("CP-BAD-7", List.of(), List.of("li wei@example.org")),
                debtorWith("CP-BAD-8", List.of(), List.of("li..wei@example.org")));
        int i = 0;
        for (Map<String, Object> debtor : bad) {
            String field = ((List<?>) debtor.get("phones")).isEmpty() ? "debtor.emails[0]" : "debtor.phones[0]";
            String body = as(Tokens.admin()).body(newCase("CP", "CP-BAD-" + i++, debtor, List.of(debt("10.00", "CNY", "2026-10-01"))))
                    .post("/api/v1/cases").then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem(field)).extract().asString();
            assertThat(body).doesNotContain("13800138000").doesNotContain("li wei").doesNotContain("nope\"");
        }
        as(Tokens.admin()).body(debtorWith("CP-BAD-9", List.of("call me maybe"), List.of())).post("/api/v1/debtors")
                .then().statusCode(422);
        assertThat(Jdbc.count("select count(*) from debtor")).isEqualTo(debtors);
        assertThat(Jdbc.count("select count(*) from collection_case")).isEqualTo(cases);
    }

    @Test
    void validPhonesAreStoredInE164AndAddressesWithALowerCaseDomain() {
        String caseId = as(Tokens.admin()).body(newCase("CP", "CP-GOOD-1",
                        debtorWith("CP-GOOD-1", List.of("+86 (139) 0000-1111", "+1 312 555 0188"), List.of("Li.Wei@Example.ORG")),
                        List.of(debt("10.00", "CNY", "2026-10-01"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("debtor.phones", contains("+8613900001111", "+13125550188"))
                .body("debtor.emails", contains("Li.Wei@example.org"));
    }
}
