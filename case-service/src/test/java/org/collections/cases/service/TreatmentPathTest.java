package org.collections.cases.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.collections.cases.CaseApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.CaseApi;
import org.collections.cases.Events;
import org.collections.cases.TestClock;
import org.collections.testsupport.Jdbc;
import org.collections.testsupport.PrometheusMetrics;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cases moving along their creditor's treatment paths, under a fixed clock. */
@QuarkusTest
class TreatmentPathTest {

    @Inject
    TreatmentRunner runner;

    @Inject
    TestClock clock;

    @Inject
    CreditorKpiGauges gauges;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPathAdvancesDayByDayAndStopsWhenContactServiceBlocksAStep() throws Throwable {
        String creditor = creditor();
        CaseApi.registerAgency("TRT-AGENCY");
        String strategy = strategy(creditor, "Standard", List.of(segment("all", Map.of(), List.of(
                step(0, "MESSAGE", List.of("SMS", "EMAIL"), "FIRST_REMINDER", null),
                step(2, "CALL", null, null, null),
                step(5, "PLACE", null, null, "TRT-AGENCY")))));
        putInForce(creditor, strategy, null, 0);
        String id = openCase(creditor, "1000.00");

        run();
        Map<String, Object> first = onlyStep(id);
        assertThat(first).containsEntry("step_index", 0).containsEntry("action", "MESSAGE")
                .containsEntry("status", "REQUESTED");
        List<Map<String, Object>> requests = Jdbc.query("select payload::text as p from outbox_event where aggregate_id = '"
                + id + "' and event_type = 'ContactStepRequested'");
        assertThat(requests).hasSize(1);
        String payload = requests.get(0).get("p").toString();
        assertThat(payload).contains("\"requestId\": \"" + first.get("id"), "\"purpose\": \"TREATMENT\"",
                "\"channels\": [\"SMS\", \"EMAIL\"]", "\"templateCode\": \"FIRST_REMINDER\"", "\"AMOUNT_DUE\": \"1015.00\"")
                .doesNotContain("Test Debtor");
        assertThat(Jdbc.count("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id"
                + " where e.aggregate_id = '" + id + "' and e.event_type = 'ContactStepRequested' and d.subscriber = 'contact'"))
                .isEqualTo(1);

        run(); // waits for contact-service's answer
        assertThat(steps(id)).hasSize(1);

        completed(first.get("id"), id, "SENT", "SMS", List.of());
        run(); // the call is due two days after entering the segment
        assertThat(steps(id)).hasSize(1);
        clock.advance(Duration.ofDays(2));
        run();
        assertThat(steps(id)).hasSize(2);
        Map<String, Object> call = steps(id).get(1);
        assertThat(call).containsEntry("action", "CALL").containsEntry("status", "REQUESTED");

        completed(call.get("id"), id, "BLOCKED", "CALL", List.of("CN_CSL.DAILY_CONNECTED_CALLS"));
        clock.advance(Duration.ofDays(5));
        run();
        assertThat(steps(id)).hasSize(2);
        as(Tokens.collector()).get("/api/v1/cases/" + id + "/treatments").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].status", equalTo("BLOCKED"))
                .body("items[0].strategy", equalTo("Standard v1")).body("items[0].segment", equalTo("all"))
                .body("items[0].stopReason", containsString("CN_CSL.DAILY_CONNECTED_CALLS"))
                .body("items[0].steps.status", equalTo(List.of("SENT", "BLOCKED")));
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("agencyId", equalTo(null));
    }

    @Test
    void aPlaceStepPlacesTheCaseAndThePathCompletes() throws Throwable {
        String creditor = creditor();
        CaseApi.registerAgency("TRT-AGENCY");
        putInForce(creditor, strategy(creditor, "Place", List.of(segment("all", Map.of(), List.of(
                step(0, "PLACE", null, null, "TRT-AGENCY"))))), null, 0);
        String id = openCase(creditor, "1000.00");

        run();
        assertThat(onlyStep(id)).containsEntry("status", "PLACED");
        as(Tokens.admin()).get("/api/v1/cases/" + id).then().body("agencyId", equalTo("TRT-AGENCY"));
        assertThat(Jdbc.count("select count(*) from audit_log where entity_id = '" + id + "' and action = 'PLACED'"
                + " and actor = 'system:treatment'")).isEqualTo(1);
        run();
        as(Tokens.auditor()).get("/api/v1/cases/" + id + "/treatments").then().body("items[0].status", equalTo("COMPLETED"));
    }

    @Test
    void aCaseThatLeavesItsSegmentStopsThereAndStartsTheNewSegmentsPath() throws Throwable {
        String creditor = creditor();
        putInForce(creditor, strategy(creditor, "By balance", List.of(
                segment("small", Map.of("maxBalance", "500.00"), List.of(step(0, "MESSAGE", List.of("SMS"), "SMALL", null))),
                segment("large", Map.of("minBalance", "500.00"), List.of(
                        step(0, "MESSAGE", List.of("SMS"), "LARGE", null), step(3, "CALL", null, null, null))))),
                null, 0);
        String id = openCase(creditor, "1000.00");
        run();
        completed(onlyStep(id).get("id"), id, "SENT", "SMS", List.of());

        clock.advance(Duration.ofHours(1));
        Events.fromPlanService("PaymentPosted", Map.of("caseId", id, "paymentId", "p-" + id, "amount", "600.00",
                "currency", "CNY"));
        run();
        as(Tokens.supervisor()).get("/api/v1/cases/" + id + "/treatments").then().statusCode(200)
                .body("items.segment", equalTo(List.of("small", "large")))
                .body("items.status", equalTo(List.of("ACTIVE", "LEFT_SEGMENT")))
                .body("items[1].stopReason", equalTo("the case moved to segment small"))
                .body("items[0].steps[0].status", equalTo("REQUESTED"));
        assertThat(Jdbc.count("select count(*) from outbox_event where aggregate_id = '" + id
                + "' and event_type = 'ContactStepRequested' and payload->>'templateCode' = 'SMALL'")).isEqualTo(1);

        // a dispute takes the case out of every segment: its path stops, and the step still with contact-service
        // no longer moves it
        clock.advance(Duration.ofHours(1));
        as(Tokens.collector()).body(Map.of("reason", "not my debt")).post("/api/v1/cases/" + id + "/disputes")
                .then().statusCode(201);
        run();
        Response after = as(Tokens.supervisor()).get("/api/v1/cases/" + id + "/treatments");
        after.then().body("items[0].status", equalTo("LEFT_SEGMENT")).body("items[0].stopReason", equalTo("the case is DISPUTED"));
    }

    @Test
    void kpisGroupBySegmentAndStrategy() throws Throwable {
        String creditor = creditor();
        putInForce(creditor, strategy(creditor, "Kpi", List.of(segment("only", Map.of(),
                List.of(step(0, "CALL", null, null, null))))), null, 0);
        String id = openCase(creditor, "1000.00");
        run();
        clock.advance(Duration.ofHours(1));
        attempt(id, true);
        String period = "&from=" + clock.instant().minus(Duration.ofDays(1)) + "&to=" + clock.instant().plusSeconds(60);
        as(Tokens.supervisor()).get("/api/v1/kpis/collection?groupBy=segment&creditorId=" + creditor + period)
                .then().statusCode(200).body("groups.key", hasItems("Kpi v1 / only"))
                .body("groups.find { it.key == 'Kpi v1 / only' }.rightPartyContacts", equalTo(1));
        as(Tokens.supervisor()).get("/api/v1/kpis/collection?groupBy=strategy&creditorId=" + creditor + period)
                .then().statusCode(200).body("groups.find { it.key == 'Kpi v1' }.attempts", equalTo(1));
    }

    @Test
    void championAndChallengerAreComparedOnTheCasesOfEachArm() throws Throwable {
        String creditor = creditor();
        List<Map<String, Object>> call = List.of(segment("all", Map.of(), List.of(step(0, "CALL", null, null, null))));
        String champion = strategy(creditor, "Champion", call);
        String challenger = strategy(creditor, "Challenger", call);
        putInForce(creditor, champion, challenger, 50);
        for (int i = 0; i < 80; i++) {
            openCase(creditor, "1000.00");
        }
        run();
        clock.advance(Duration.ofHours(1));
        List<Map<String, Object>> arms = Jdbc.query("select t.case_id, t.arm from case_treatment t join collection_case c"
                + " on c.id = t.case_id where c.creditor_id = '" + creditor + "'");
        assertThat(arms).hasSize(80);
        long[] hits = new long[2];
        long[] trials = new long[2];
        int n = 0;
        for (Map<String, Object> row : arms) {
            int arm = "CHALLENGER".equals(row.get("arm")) ? 1 : 0;
            // the challenger reaches 7 debtors in 10, the champion 2 in 10
            boolean reached = (n++ % 10) < (arm == 1 ? 7 : 2);
            trials[arm]++;
            hits[arm] += reached ? 1 : 0;
            attempt(row.get("case_id").toString(), reached);
        }
        assertThat(trials[0]).isGreaterThanOrEqualTo(20);
        assertThat(trials[1]).isGreaterThanOrEqualTo(20);

        String period = "?from=" + clock.instant().minus(Duration.ofDays(1)) + "&to=" + clock.instant().plusSeconds(60);
        Response r = as(Tokens.auditor()).get("/api/v1/strategy-experiments/" + creditor + "/comparison" + period);
        r.then().statusCode(200).body("challengerPercent", equalTo(50)).body("minSample", equalTo(20))
                .body("arms.arm", equalTo(List.of("CHAMPION", "CHALLENGER")))
                .body("arms.strategy", equalTo(List.of("Champion v1", "Challenger v1")))
                .body("arms[0].cases", equalTo((int) trials[0])).body("arms[1].cases", equalTo((int) trials[1]))
                .body("arms[0].attemptsPerCase", equalTo(1.0f))
                .body("arms[1].kpis.rightPartyContacts", equalTo((int) hits[1]));
        Map<String, Object> rpc = r.jsonPath().getMap("tests.find { it.kpi == 'rightPartyContactRate' }");
        assertThat(rpc).containsEntry("championHits", (int) hits[0]).containsEntry("championTrials", (int) trials[0])
                .containsEntry("challengerHits", (int) hits[1]).containsEntry("challengerTrials", (int) trials[1])
                .containsEntry("verdict", "CHALLENGER_HIGHER");
        assertThat(r.jsonPath().getString("tests.find { it.kpi == 'promiseKeptRate' }.verdict"))
                .isEqualTo("NOT_ENOUGH_DATA");
        as(Tokens.collector()).get("/api/v1/strategy-experiments/" + creditor + "/comparison").then().statusCode(403);

        clock.advance(Duration.ofMinutes(1));
        VertxContextSupport.subscribeAndAwait(() -> gauges.refresh());
        PrometheusMetrics metrics = PrometheusMetrics.scrape(managementRoot);
        Map<String, String> challengerTags = Map.of("creditor", creditor, "strategy", "Challenger v1");
        assertThat(metrics.value("cases_kpi_strategy_rpc_rate", challengerTags))
                .isCloseTo((double) hits[1] / trials[1], within(0.0001));
        assertThat(metrics.value("cases_kpi_strategy_attempts_per_case", Map.of("creditor", creditor, "strategy",
                "Champion v1"))).isEqualTo(1.0);
    }

    @Test
    void strategiesThatCouldNotWorkAreRefusedAndOnlyAdminsStoreThem() {
        String creditor = creditor();
        as(Tokens.admin()).body(Map.of("creditorId", creditor, "name", "Bad", "segments", List.of(segment("a",
                        Map.of("buckets", List.of("1-31")), List.of(step(0, "CALL", null, null, null))))))
                .post("/api/v1/treatment-strategies").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("segments[0].when.buckets"));
        as(Tokens.admin()).body(Map.of("creditorId", creditor, "name", "Bad", "segments", List.of(segment("a",
                        Map.of(), List.of(step(0, "PLACE", null, null, "NO-SUCH-AGENCY"))))))
                .post("/api/v1/treatment-strategies").then().statusCode(422).body("errors[0].field", equalTo("agencyId"));
        List<Map<String, Object>> ok = List.of(segment("a", Map.of(), List.of(step(0, "CALL", null, null, null))));
        as(Tokens.supervisor()).body(Map.of("creditorId", creditor, "name", "S", "segments", ok))
                .post("/api/v1/treatment-strategies").then().statusCode(403);
        String v1 = strategy(creditor, "S", ok);
        String v2 = strategy(creditor, "S", ok);
        as(Tokens.supervisor()).get("/api/v1/treatment-strategies?creditorId=" + creditor).then().statusCode(200)
                .body("items.id", equalTo(List.of(v2, v1))).body("items.version", equalTo(List.of(2, 1)));
        as(Tokens.admin()).body(Map.of("championId", v1, "challengerId", v2, "challengerPercent", 60))
                .put("/api/v1/strategy-experiments/" + creditor).then().statusCode(422)
                .body("errors[0].field", equalTo("challengerPercent"));
        as(Tokens.admin()).body(Map.of("championId", strategy(creditor(), "Other", ok)))
                .put("/api/v1/strategy-experiments/" + creditor).then().statusCode(422)
                .body("errors[0].field", equalTo("championId"));
        as(Tokens.admin()).get("/api/v1/strategy-experiments/" + creditor).then().statusCode(404);
        assertThat(Jdbc.count("select count(*) from strategy_experiment where creditor_id = '" + creditor + "'")).isZero();
    }

    private void attempt(String caseId, boolean reached) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("caseId", caseId);
        attempt.put("attemptId", 1);
        attempt.put("channel", "CALL");
        attempt.put("direction", "OUTBOUND");
        attempt.put("person", "DEBTOR");
        attempt.put("outcome", reached ? "RIGHT_PARTY_CONTACT" : "NO_ANSWER");
        attempt.put("rightPartyContact", reached);
        attempt.put("compliant", true);
        attempt.put("collector", "c-1");
        attempt.put("at", clock.instant().toString());
        Events.deliver("contact-service", "ContactAttempted", attempt).then().statusCode(200);
    }

    private void run() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> runner.runAll());
    }

    static String creditor() {
        return "TRT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String openCase(String creditor, String principal) {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        return as(Tokens.admin()).body(CaseApi.newCase(creditor, "REF-" + unique,
                        CaseApi.debtor("NID" + unique, CaseApi.mobileFor(unique)),
                        List.of(CaseApi.debt(principal, "CNY", "2026-09-01"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> step(int afterDays, String action, List<String> channels, String template, String agency) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("afterDays", afterDays);
        step.put("action", action);
        if (channels != null) {
            step.put("channels", channels);
        }
        if (template != null) {
            step.put("template", template);
        }
        if (agency != null) {
            step.put("agencyId", agency);
        }
        return step;
    }

    static Map<String, Object> segment(String name, Map<String, Object> when, List<Map<String, Object>> path) {
        // a segment without criteria leaves "when" out, as a client would
        return when.isEmpty() ? Map.of("name", name, "path", path) : Map.of("name", name, "when", when, "path", path);
    }

    static String strategy(String creditor, String name, List<Map<String, Object>> segments) {
        return as(Tokens.admin()).body(Map.of("creditorId", creditor, "name", name, "segments", segments))
                .post("/api/v1/treatment-strategies").then().statusCode(201).extract().path("id");
    }

    static void putInForce(String creditor, String champion, String challenger, int percent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("championId", champion);
        if (challenger != null) {
            body.put("challengerId", challenger);
            body.put("challengerPercent", percent);
        }
        as(Tokens.admin()).body(body).put("/api/v1/strategy-experiments/" + creditor).then().statusCode(200);
    }

    static void completed(Object requestId, String caseId, String result, String channel, List<String> rules) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("requestId", requestId.toString());
        payload.put("caseId", caseId);
        payload.put("purpose", "TREATMENT");
        payload.put("result", result);
        payload.put("channel", channel);
        payload.put("ruleIds", rules);
        payload.put("detail", result.equals("BLOCKED") ? "no permitted time in the window" : null);
        Events.deliver("contact-service", "ContactStepCompleted", payload).then().statusCode(200);
    }

    private static List<Map<String, Object>> steps(String caseId) {
        return Jdbc.query("select id, step_index, action, status from treatment_step where case_id = '" + caseId
                + "' order by requested_at, step_index");
    }

    private static Map<String, Object> onlyStep(String caseId) {
        List<Map<String, Object>> steps = steps(caseId);
        assertThat(steps).hasSize(1);
        return steps.get(0);
    }
}
