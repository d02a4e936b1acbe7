package org.collections.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.cases.CaseApi.as;
import static org.collections.cases.CaseApi.debt;
import static org.collections.cases.CaseApi.debtor;
import static org.collections.cases.CaseApi.newCase;
import static org.collections.cases.CaseApi.openCase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class BadInputTest {

    static Stream<Arguments> badCases() {
        Map<String, Object> good = newCase("BAD", "BAD-1", debtor("BAD-NID", "+86 131 0000 0001"),
                List.of(debt("100.00", "CNY", "2026-10-01")));
        return Stream.of(
                Arguments.of("malformed JSON", "{\"creditorId\": ", "body"),
                Arguments.of("wrong type", json(with(good, "debts", "not-a-list")), "debts"),
                Arguments.of("unknown enum", json(with(good, "debts", List.of(with(debt("1.00", "CNY", "2026-10-01"), "product", "YACHT")))), "debts[0].product"),
                Arguments.of("unknown property", json(with(good, "colour", "red")), "colour"),
                Arguments.of("missing creditor", json(without(good, "creditorId")), "creditorId"),
                Arguments.of("no debts", json(with(good, "debts", List.of())), "debts"),
                Arguments.of("too many decimals", json(with(good, "debts", List.of(debt("1.001", "CNY", "2026-10-01")))), "debts[0].principal"),
                Arguments.of("decimals in JPY", json(with(good, "debts", List.of(debt("1.50", "JPY", "2026-10-01")))), "debts[0].principal"),
                Arguments.of("negative amount", json(with(good, "debts", List.of(debt("-5.00", "CNY", "2026-10-01")))), "debts[0].principal"),
                Arguments.of("unknown currency", json(with(good, "debts", List.of(debt("5.00", "XYZ", "2026-10-01")))), "debts[0].currency"),
                Arguments.of("mixed currencies", json(with(good, "debts", List.of(debt("5.00", "CNY", "2026-10-01"), debt("5.00", "USD", "2026-10-01")))), "debts[1].currency"),
                Arguments.of("future unpaid date", json(with(good, "debts", List.of(debt("5.00", "CNY", "2027-10-01")))), "debts[0].oldestUnpaidDate"),
                Arguments.of("bad date", json(with(good, "debts", List.of(debt("5.00", "CNY", "2026-13-45")))), "debts[0].oldestUnpaidDate"),
                Arguments.of("bad time zone", json(with(good, "debtor", with(debtor("BAD-NID", "+86 131 0000 0001"), "timeZone", "Mars/Olympus"))), "debtor.timeZone"),
                Arguments.of("both debtor and id", json(with(good, "debtorId", "7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e")), "debtor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badInputIsA422ProblemNamingTheFieldAndWritesNothing(String what, String body, String field) {
        int status = field.equals("body") ? 400 : 422; // malformed JSON is a 400; everything else is a validation problem
        long cases = Jdbc.count("select count(*) from collection_case");
        long debtors = Jdbc.count("select count(*) from debtor");
        long outbox = Jdbc.count("select count(*) from outbox_event");
        as(Tokens.admin()).body(body).post("/api/v1/cases").then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString(field.equals("body") ? "JSON" : field))
                .body("errors.field", field.equals("body") ? org.hamcrest.Matchers.anything() : hasItem(field));
        assertThat(Jdbc.count("select count(*) from collection_case")).isEqualTo(cases);
        assertThat(Jdbc.count("select count(*) from debtor")).isEqualTo(debtors);
        assertThat(Jdbc.count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    @Test
    void badQueryAndPathParametersAre4xxProblems() {
        as(Tokens.admin()).get("/api/v1/cases?status=SLEEPING").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        as(Tokens.admin()).get("/api/v1/cases?limit=5000").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        as(Tokens.admin()).get("/api/v1/cases?limit=0").then().statusCode(422);
        as(Tokens.admin()).get("/api/v1/cases?cursor=not-ours").then().statusCode(422)
                .body("errors[0].field", equalTo("cursor"));
        as(Tokens.admin()).get("/api/v1/cases/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.admin()).get("/api/v1/cases/7d9f3a52-3c1e-4a8e-9f7a-0f6a1c2b3d4e").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void queryParametersThatDoNotConvertAre422sNamingTheParameterNotA404() {
        String id = openCase();
        for (String list : List.of("/api/v1/cases", "/api/v1/cases/" + id + "/notes", "/api/v1/outboxes/case-service/deliveries")) {
            for (String bad : List.of("abc", "1e1000000", "99999999999")) {
                as(Tokens.admin()).queryParam("limit", bad).get(list).then().statusCode(422)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("limit"))
                        .body("errors[0].message", equalTo("must be a whole number between 1 and 200"))
                        .body(not(containsString(bad)));
            }
        }
        as(Tokens.admin()).queryParam("dpdMin", "ninety").get("/api/v1/cases").then().statusCode(422)
                .body("errors[0].field", equalTo("dpdMin")).body("errors[0].message", equalTo("must be a whole number"))
                .body(not(containsString("ninety")));
        as(Tokens.admin()).queryParam("from", "last-tuesday").get("/api/v1/kpis/collection").then().statusCode(422)
                .body("errors[0].field", equalTo("from")).body(not(containsString("last-tuesday")));
        as(Tokens.admin()).queryParam("limit", "abc").get("/api/v1/cases/not-a-uuid/notes").then().statusCode(404)
                .body("detail", equalTo("The resource does not exist"));
    }

    @Test
    void badCommandsChangeNothing() {
        String id = openCase();
        as(Tokens.supervisor()).body(Map.of("to", "CLOSED", "reason", "no reason given")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("closeReason"));
        as(Tokens.supervisor()).body(Map.of("to", "PAUSED", "reason", "x", "pausedUntil", "2020-01-01"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(422);
        as(Tokens.supervisor()).body(Map.of("to", "ACTIVE")).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        as(Tokens.supervisor()).header("If-Match", "garbage").body(Map.of("to", "ACTIVE", "reason", "x"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(422);
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("status", equalTo("NEW")).body("version", equalTo(0));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "' and action = 'STATUS_CHANGED'"))
                .isZero();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> base, String key) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.remove(key);
        return copy;
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
