package org.collections.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

    private static final String HEADER = "creditorId,externalRef,fullName,nationalId,phones,emails,timeZone,"
            + "jurisdiction,preferredLanguage,product,principal,interest,fees,currency,oldestUnpaidDate";

    private static Response upload(String contentType, String body) {
        return given().auth().oauth2(Tokens.supervisor()).contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/case-imports");
    }

    @Test
    void mixedGoodAndBadCsvRowsImportTheGoodAndReportTheBad() {
        String csv = String.join("\n",
                HEADER,
                "IMP,CSV-1,Wang Fang,IMPNID-1,+86 135 0000 0001;+86 135 0000 0002,wf@example.cn,Asia/Shanghai,CN,zh-CN,CONSUMER_LOAN,5000.00,120.00,0,CNY,2026-07-01",
                "IMP,CSV-2,\"Smith, John\",IMPNID-2,+1 312 555 0100,,America/Chicago,US,en,CREDIT_CARD,900.10,0,35.00,USD,2026-10-20",
                "IMP,CSV-3,No Amount,IMPNID-3,,,Asia/Shanghai,CN,zh-CN,CREDIT_CARD,abc,0,0,CNY,2026-07-01",
                "IMP,CSV-4,Bad Zone,IMPNID-4,,,Moon/Base,CN,zh-CN,CREDIT_CARD,10.00,0,0,CNY,2026-07-01",
                ",CSV-5,No Creditor,IMPNID-5,,,Asia/Shanghai,CN,zh-CN,CREDIT_CARD,10.00,0,0,CNY,2026-07-01",
                "IMP,CSV-6,Bad Product,IMPNID-6,,,Asia/Shanghai,CN,zh-CN,YACHT,10.00,0,0,CNY,2026-07-01",
                "IMP,CSV-7,Yen Decimals,IMPNID-7,,,Asia/Tokyo,JP,ja,CREDIT_CARD,10.50,0,0,JPY,2026-07-01",
                "IMP,CSV-8,\"unterminated");
        upload("text/csv", csv).then().statusCode(200)
                .body("rows", equalTo(8))
                .body("created", equalTo(2))
                .body("rejected", equalTo(6))
                .body("alreadyPresent", equalTo(0));
        Map<String, String> errors = upload("text/csv", csv).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyPresent", equalTo(2)).body("rejected", equalTo(6))
                .extract().<List<Map<String, Object>>>path("errors").stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.get("line")), e -> e.get("field") + ": " + e.get("message"),
                        (a, b) -> a + " | " + b));
        assertThat(errors.get("4")).startsWith("principal");
        assertThat(errors.get("5")).startsWith("timeZone");
        assertThat(errors.get("6")).startsWith("creditorId");
        assertThat(errors.get("7")).startsWith("product");
        assertThat(errors.get("8")).startsWith("principal").contains("JPY");
        assertThat(errors.get("9")).startsWith("line");

        Map<String, Object> smith = Jdbc.query("select total_debt, currency, bucket, status from collection_case "
                + "where creditor_id = 'IMP' and external_ref = 'CSV-2'").get(0);
        assertThat(smith).containsEntry("currency", "USD").containsEntry("status", "NEW").containsEntry("bucket", "31-60");
        assertThat(new java.math.BigDecimal(smith.get("total_debt").toString())).isEqualByComparingTo("935.10");
        assertThat(Jdbc.count("select count(*) from collection_case where creditor_id = 'IMP'")).isEqualTo(2);
        // imported debtors are searchable by phone, their history and audit trail start at import
        given().auth().oauth2(Tokens.collector()).queryParam("phone", "+86 135 0000 0002").get("/api/v1/cases").then()
                .body("items.size()", equalTo(1)).body("items[0].externalRef", equalTo("CSV-1"));
        assertThat(Jdbc.count("select count(*) from delinquency_history h join collection_case c on c.id = h.case_id "
                + "where c.creditor_id = 'IMP'")).isEqualTo(2);
        assertThat(Jdbc.count("select count(*) from audit_log a join collection_case c on a.entity_id = c.id::text "
                + "where c.creditor_id = 'IMP' and a.action = 'CASE_CREATED'")).isEqualTo(2);
        assertThat(Jdbc.count("select count(*) from outbox_event e join collection_case c on e.aggregate_id = c.id::text "
                + "where c.creditor_id = 'IMP' and e.event_type = 'CaseStatusChanged'")).isEqualTo(2);
    }

    @Test
    void aThousandJsonLinesImportOnceEvenWhenALineRepeatsAndReimportChangesNothing() {
        String lines = IntStream.range(0, 1000).mapToObj(i -> String.format(
                "{\"creditorId\":\"BULK\",\"externalRef\":\"B-%04d\",\"fullName\":\"Bulk %d\",\"nationalId\":\"BULKNID%04d\","
                        + "\"phones\":[\"+86 136 %04d 0000\"],\"timeZone\":\"Asia/Shanghai\",\"jurisdiction\":\"CN\","
                        + "\"product\":\"CREDIT_CARD\",\"principal\":\"%d.00\",\"currency\":\"CNY\",\"oldestUnpaidDate\":\"2026-%02d-01\"}",
                i, i, i, i, 100 + i, 1 + i % 10)).collect(Collectors.joining("\n"));
        // the first line once more, in the third batch: written after the first batch, so it is seen as present
        lines = lines + "\n" + lines.substring(0, lines.indexOf('\n'));
        upload("application/x-ndjson", lines).then().statusCode(200).body("rows", equalTo(1001))
                .body("created", equalTo(1000)).body("alreadyPresent", equalTo(1)).body("rejected", equalTo(0));
        upload("application/x-ndjson", lines).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyPresent", equalTo(1001));
        assertThat(Jdbc.count("select count(*) from collection_case where creditor_id = 'BULK'")).isEqualTo(1000);
        assertThat(Jdbc.count("select count(distinct debtor_id) from collection_case where creditor_id = 'BULK'")).isEqualTo(1000);
        // sum of principal 100..1099 plus no interest or fees
        assertThat(new java.math.BigDecimal(Jdbc.query("select sum(total_debt) as s from collection_case where creditor_id = 'BULK'")
                .get(0).get("s").toString())).isEqualByComparingTo("599500.00");
    }

    @Test
    void aRowWhoseDebtorAlreadyHasACaseWithTheCreditorIsRejected() {
        String lines = String.join("\n",
                "{\"creditorId\":\"DUP\",\"externalRef\":\"D-1\",\"fullName\":\"A\",\"nationalId\":\"DUPNID\",\"timeZone\":\"UTC\",\"jurisdiction\":\"UK\",\"product\":\"OVERDRAFT\",\"principal\":\"10.00\",\"currency\":\"GBP\",\"oldestUnpaidDate\":\"2026-10-01\"}",
                "{\"creditorId\":\"DUP\",\"externalRef\":\"D-2\",\"fullName\":\"A\",\"nationalId\":\"DUPNID\",\"timeZone\":\"UTC\",\"jurisdiction\":\"UK\",\"product\":\"OVERDRAFT\",\"principal\":\"20.00\",\"currency\":\"GBP\",\"oldestUnpaidDate\":\"2026-10-01\"}",
                "{not json");
        upload("application/x-ndjson", lines).then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("errors.line", org.hamcrest.Matchers.contains(3, 2));
    }

    @Test
    void onlySupervisorsImportAndOnlyCsvOrJsonLines() {
        given().auth().oauth2(Tokens.collector()).contentType("text/csv").body(HEADER).post("/api/v1/case-imports")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).contentType("application/xml").body("<x/>").post("/api/v1/case-imports")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
