package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A bulk import's answer matches the database exactly, even when the store refuses a row validation let through. */
@QuarkusTest
class ImportTellsTheTruthTest {

    private static String row(int i, String accountRef) {
        return String.format("{\"creditorId\":\"TRUTH\",\"externalRef\":\"T-%04d\",\"fullName\":\"Truth %d\","
                + "\"nationalId\":\"TRUTHNID%04d\",\"phones\":[\"+86 137 %04d 0000\"],\"timeZone\":\"Asia/Shanghai\","
                + "\"jurisdiction\":\"CN\",\"product\":\"CREDIT_CARD\",\"principal\":\"%d.00\",\"currency\":\"CNY\","
                + "\"oldestUnpaidDate\":\"2026-10-01\"%s}", i, i, i, i, 100 + i,
                accountRef == null ? "" : ",\"accountRef\":\"" + accountRef + "\"");
    }

    @Test
    void aFileOf502RowsWithOneTheStoreRefusesReportsExactlyWhatWasWritten() {
        // line 501 (in the second batch of 500) holds a NUL character, which PostgreSQL cannot store in a text
        String lines = IntStream.rangeClosed(1, 502).mapToObj(i -> row(i, i == 501 ? "ACC\\u0000501" : null))
                .collect(Collectors.joining("\n"));
        String report = io.restassured.RestAssured.given().auth().oauth2(Tokens.supervisor())
                .contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/case-imports").then().statusCode(200)
                .body("rows", equalTo(502)).body("created", equalTo(501)).body("alreadyPresent", equalTo(0))
                .body("rejected", equalTo(1)).body("errors.line", contains(501)).extract().asString();
        assertThat(report).doesNotContain("ACC").doesNotContain("Exception");

        List<String> written = Jdbc.query("select external_ref from collection_case where creditor_id = 'TRUTH' order by 1")
                .stream().map(r -> (String) r.get("external_ref")).toList();
        assertThat(written).hasSize(501).doesNotContain("T-0501").contains("T-0001", "T-0500", "T-0502");
        assertThat(Jdbc.count("select count(*) from debt d join collection_case c on c.id = d.case_id "
                + "where c.creditor_id = 'TRUTH'")).isEqualTo(501);
        assertThat(Jdbc.count("select count(*) from audit_log where action = 'CASE_CREATED' and entity_id in "
                + "(select id::text from collection_case where creditor_id = 'TRUTH')")).isEqualTo(501);
    }
}
