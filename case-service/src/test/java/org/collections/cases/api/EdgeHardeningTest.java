package org.collections.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.newCase;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.CaseApi;
import org.collections.testsupport.Concurrently;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Request and response hardening at the edge of the service: bounded input, strict JSON, safe error bodies, headers. */
@QuarkusTest
class EdgeHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // --- decimals: bounded before any arithmetic

    @Test
    void aHugeExponentIsA422NamingTheFieldAndAnswersAtOnce() {
        long started = System.nanoTime();
        assertRejected(caseWithPrincipal("\"1e1000000\""), 422, "debts[0].principal");
        assertRejected(caseWithPrincipal("1e1000000"), 422, "debts[0].principal");
        assertRejected(caseWithPrincipal("\"1e-1000000\""), 422, "debts[0].principal");
        assertRejected(caseWithPrincipal("\"0." + "1".repeat(60) + "\""), 422, "debts[0].principal");
        // expanding 1e1000000 would take minutes; the bound only catches that, not speed (CI machines are loaded)
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for four requests").isLessThan(30_000);
    }

    @Test
    void anAmountBeyondTheColumnsRangeIsA422() {
        assertRejected(caseWithPrincipal("\"1234567890123456.00\""), 422, "debts[0].principal");
        assertRejected(caseWithPrincipal("\"9e15\""), 422, "debts[0].principal");
    }

    @Test
    void aHugeDecimalQueryParameterIsA422() {
        as(Tokens.admin()).get("/api/v1/cases?minBalance=1e1000000").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minBalance"));
        as(Tokens.admin()).get("/api/v1/cases?minBalance=lots").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minBalance"));
    }

    // --- bad input is never a 500

    @Test
    void aNulCharacterInABodyStringIsA422AndStoresNothing() {
        Map<String, Object> body = goodCase();
        body.put("externalRef", "REF-\u0000-NUL");
        assertRejected(json(body), 422, "externalRef");
    }

    @Test
    void aNulCharacterInAQueryOrPathParameterIsA400() {
        as(Tokens.admin()).urlEncodingEnabled(false).get("/api/v1/cases?creditorId=AC%00ME").then().statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.admin()).urlEncodingEnabled(false).get("/api/v1/cases/abc%00def").then().statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.admin()).urlEncodingEnabled(false).get("/api/v1/cases?creditorId=%C0%80").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void datesOutsideTheAcceptedRangeAre422() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "1899-12-31")) {
            Map<String, Object> body = goodCase();
            body.put("debts", List.of(debt("10.00", "CNY", date)));
            assertRejected(json(body), 422, "debts[0].oldestUnpaidDate");
        }
        as(Tokens.admin()).get("/api/v1/delinquency/buckets?date=+999999999-12-31").then()
                .statusCode(org.hamcrest.Matchers.oneOf(404, 422)).contentType("application/problem+json");
    }

    @Test
    void aForgedCursorOrHugeLimitIsA422NeverA500() {
        as(Tokens.admin()).get("/api/v1/cases?limit=2147483647").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("not-an-instant\u001fnot-a-uuid".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as(Tokens.admin()).get("/api/v1/cases?cursor=" + forged).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        as(Tokens.admin()).get("/api/v1/cases?cursor=" + "A".repeat(600)).then().statusCode(422);
    }

    @Test
    void twentyConcurrentIdenticalCreatesAreOne201AndConflictsNever500() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String body = json(newCase("RACE", "RACE-" + unique, debtor("RACE" + unique, "+86 139 0000 0002"),
                List.of(debt("100.00", "CNY", "2026-10-01"))));
        List<Integer> statuses = Concurrently.run(20, () -> as(Tokens.admin()).body(body).post("/api/v1/cases")
                .then().extract().statusCode());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409, "201 or 409: " + statuses);
        assertThat(Jdbc.count("select count(*) from collection_case where external_ref = 'RACE-" + unique + "'"))
                .isEqualTo(1);
    }

    @Test
    void tenConcurrentPlacementsAreOne201AndConflictsNever500() throws Exception {
        String id = openCase();
        CaseApi.transition(id, "ACTIVE", Map.of()).then().statusCode(200);
        CaseApi.registerAgency("AG-RACE");
        List<Integer> statuses = Concurrently.run(10, () -> as(Tokens.supervisor())
                .body(Map.of("agencyId", "AG-RACE")).post("/api/v1/cases/" + id + "/placements")
                .then().extract().statusCode());
        assertThat(statuses).filteredOn(s -> s == 201 || s == 200).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 200 || s == 409, "201 or 409: " + statuses);
    }

    // --- error bodies never echo input values or class names

    @Test
    void errorBodiesNameFieldsAndRulesButNeverInputValuesOrClassNames() {
        String nationalId = "110101199003077711";
        String phone = "+8613912347711";
        List<String> bodies = List.of(
                "{\"creditorId\":\"ACME\",\"externalRef\":\"X\",\"debtor\":\"" + nationalId + "\",\"debts\":[]}",
                "{\"creditorId\":\"ACME\",\"externalRef\":\"X\",\"debtor\":{\"nationalId\":\"" + nationalId
                        + "\",\"phones\":\"" + phone + "\"},\"debts\":[]}",
                "{\"creditorId\":\"ACME\",\"debtor\":{\"nationalId\":\"" + nationalId + "\" " + phone + "}}",
                "{\"creditorId\":\"ACME\",\"debtor\":{\"nationalId\":" + "[\"" + nationalId + "\"]}}",
                "{\"creditorId\":[\"" + nationalId + "\"]}",
                "{\"creditorId\":\"ACME\",\"debts\":[{\"product\":\"" + nationalId + "\"}]}",
                "{\"creditorId\":\"ACME\",\"debts\":[{\"oldestUnpaidDate\":\"" + nationalId + "\"}]}",
                "{\"creditorId\":\"ACME\",\"debts\":[{\"principal\":\"" + phone + "x\"}]}",
                "{\"creditorId\":\"ACME\",\"debtorId\":\"" + nationalId + "\"}",
                json(withDebtor(Map.of("timeZone", "Mars/" + nationalId))),
                json(withDebtor(Map.of("emails", List.of("not-an-email-" + nationalId)))),
                json(withDebtor(Map.of("phones", List.of("not a phone " + phone)))),
                "[\"" + nationalId + "\"]",
                "\"" + nationalId + "\"");
        for (String body : bodies) {
            Response r = as(Tokens.admin()).body(body).post("/api/v1/cases");
            assertThat(r.statusCode()).as(body).isBetween(400, 499);
            assertThat(r.contentType()).as(body).startsWith("application/problem+json");
            assertThat(r.asString()).as(body).doesNotContain(nationalId, phone, "7711", "org.collections", "java.",
                    "DebtorRequest", "Exception");
        }
        Response q = as(Tokens.admin()).get("/api/v1/cases?status=" + nationalId);
        assertThat(q.asString()).doesNotContain(nationalId, "org.collections", "java.");
        Response p = as(Tokens.admin()).get("/api/v1/cases/" + nationalId);
        assertThat(p.asString()).doesNotContain(nationalId, "org.collections", "java.");
    }

    // --- JSON strictness

    @Test
    void duplicateKeysAreA400() {
        String body = json(goodCase());
        assertRejected("{\"creditorId\":\"EVIL\"," + body.substring(1), 400, null);
    }

    @Test
    void overlongUtf8IsA400AndLoneSurrogatesA422AndNeitherStores() {
        Map<String, Object> body = goodCase();
        body.put("externalRef", "REF-MARK");
        String text = json(body);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // "/" as the overlong two-byte sequence C0 AF, and U+D800 encoded in three bytes (ED A0 80)
        assertRejectedBytes(replaceMark(utf8, new byte[] {(byte) 0xC0, (byte) 0xAF}));
        assertRejectedBytes(replaceMark(utf8, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        assertRejected(text.replace("REF-MARK", "REF-\\ud800"), 422, "externalRef");
        assertRejected(text.replace("REF-MARK", "REF-\\udc00x"), 422, "externalRef");
    }

    // --- headers, 401 before content negotiation, 413/414/415 as problems

    @Test
    void apiResponsesCarryNoSniffAndNoStore() {
        as(Tokens.admin()).get("/api/v1/cases").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
        as(Tokens.admin()).get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
    }

    @Test
    void every401ChallengesForABearerTokenAsAProblem() {
        given().get("/api/v1/cases").then().statusCode(401).header("WWW-Authenticate", "Bearer realm=\"collections\"")
                .contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2("not-a-token").get("/api/v1/cases").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"collections\", error=\"invalid_token\"")
                .contentType("application/problem+json").body("status", equalTo(401));
        String expired = Tokens.custom("collector-user", "collector", null,
                claims -> claims.issuedAt(java.time.Instant.now().minusSeconds(7200))
                        .expiresAt(java.time.Instant.now().minusSeconds(3600)));
        given().auth().oauth2(expired).get("/api/v1/cases").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"collections\", error=\"invalid_token\"");
    }

    @Test
    void anUnauthenticatedRequestIs401BeforeContentNegotiation() {
        given().contentType("text/plain").body("hello").post("/api/v1/cases").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"collections\"").contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType("text/plain").body("hello").post("/api/v1/cases").then()
                .statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void aTooLargeJsonBodyIsA413Problem() {
        String big = "{\"creditorId\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        as(Tokens.admin()).body(big).post("/api/v1/cases").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void bulkImportsKeepTheirLargeLimit() {
        StringBuilder rows = new StringBuilder();
        while (rows.length() < 2 * 1024 * 1024) {
            rows.append("{\"not\":\"a valid row ").append(rows.length()).append("\"}\n");
        }
        byte[] body = rows.toString().getBytes(StandardCharsets.UTF_8);
        // reading 60,000 rejected rows takes long on a busy machine: wait for the answer longer than the default 30 s
        RestAssuredConfig patient = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 180_000));
        int status = given().config(patient).auth().oauth2(Tokens.admin()).contentType("application/x-ndjson").body(body)
                .post("/api/v1/case-imports").then().extract().statusCode();
        assertThat(status).isNotEqualTo(413).isLessThan(500);
    }

    @Test
    void aTooLongUriIsA414Problem() {
        as(Tokens.admin()).get("/api/v1/cases?creditorId=" + "A".repeat(10_000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
    }

    // --- helpers

    private static void assertRejected(String body, int status, String field) {
        long cases = Jdbc.count("select count(*) from collection_case");
        long debtors = Jdbc.count("select count(*) from debtor");
        var then = as(Tokens.admin()).body(body).post("/api/v1/cases").then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            then.body("errors.field", hasItem(field));
        }
        assertThat(Jdbc.count("select count(*) from collection_case")).isEqualTo(cases);
        assertThat(Jdbc.count("select count(*) from debtor")).isEqualTo(debtors);
    }

    private static void assertRejectedBytes(byte[] body) {
        long cases = Jdbc.count("select count(*) from collection_case");
        given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8").body(body)
                .post("/api/v1/cases").then().statusCode(400).contentType("application/problem+json");
        assertThat(Jdbc.count("select count(*) from collection_case")).isEqualTo(cases);
    }

    private static byte[] replaceMark(byte[] utf8, byte[] replacement) {
        byte[] mark = "MARK".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (i + mark.length <= utf8.length && java.util.Arrays.equals(utf8, i, i + mark.length, mark, 0, mark.length)) {
                out.writeBytes(replacement);
                i += mark.length - 1;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private static Map<String, Object> goodCase() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new HashMap<>(newCase("EDGE", "EDGE-" + unique, debtor("EDGE" + unique, "+86 131 0000 0009"),
                List.of(debt("100.00", "CNY", "2026-10-01"))));
    }

    private static Map<String, Object> withDebtor(Map<String, Object> changes) {
        Map<String, Object> body = goodCase();
        Map<String, Object> d = new HashMap<>(debtor("D" + UUID.randomUUID().toString().substring(0, 8), "+86 131 0000 0008"));
        d.putAll(changes);
        body.put("debtor", d);
        return body;
    }

    private static String caseWithPrincipal(String principalJson) {
        String body = json(goodCase()).replace("\"principal\":\"100.00\"", "\"principal\":" + principalJson);
        assertThat(body).contains(principalJson);
        return body;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
