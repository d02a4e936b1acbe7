package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.client.model.Channel;
import org.collections.client.model.ContactDecision;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A creditor's treatment path across the real services: case-service moves the case along its path, every step is
 * judged by contact-service under the case's rule pack, and what contact-service answers moves the path on or stops
 * it.
 */
class TreatmentPathScenarioTest extends Scenario {

    @Test
    void aPathSendsItsMessageThroughTheRulesBooksTheCallAndStopsWhereTheRulesBlock() throws Exception {
        String creditor = unique("TREAT");
        UUID reachable = Cases.open(creditor, "500.00", "GBP", "Europe/London", "UK", "+44 20 7946 0019");
        UUID ceased = Cases.open(creditor, "500.00", "GBP", "Europe/London", "UK", "+44 20 7946 0020");
        as(Tokens.supervisor()).body(Map.of("ceaseCommunication", true, "deceased", false, "bankruptcy", false,
                "reason", "the debtor asked in writing")).put("/api/v1/cases/" + ceased + "/flags").then().statusCode(200);
        int created = as(Tokens.supervisor()).body(Map.of("code", "TREAT_SMS", "channel", "SMS", "language", "en",
                "body", "{{creditorId}}: {{amountDue}} is overdue on {{caseReference}}.")).post("/api/v1/templates")
                .statusCode();
        assertThat(created).isIn(201, 409);
        String strategy = as(Tokens.admin()).body(Map.of("creditorId", creditor, "name", "Remind then call",
                        "segments", List.of(Map.of("name", "all", "path", List.of(
                                Map.of("afterDays", 0, "action", "MESSAGE", "channels", List.of("SMS"),
                                        "template", "TREAT_SMS"),
                                Map.of("afterDays", 1, "action", "CALL"))))))
                .post("/api/v1/treatment-strategies").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).body(Map.of("championId", strategy)).put("/api/v1/strategy-experiments/" + creditor)
                .then().statusCode(200);
        Contacts.awaitKnown(reachable);
        Eventually.until("contact-service knows of the cease-communication",
                () -> Contacts.decide(ceased, Channel.SMS).getDecision(), equalTo(ContactDecision.DecisionEnum.BLOCK));
        try {
            run();
            Eventually.until("the message step is sent", () -> stepStatuses(reachable), equalTo(List.of("SENT")));
            as(Tokens.collector()).get("/api/v1/messages?caseId=" + reachable).then().statusCode(200)
                    .body("items.templateCode", equalTo(List.of("TREAT_SMS")))
                    .body("items[0].body", equalTo(creditor + ": £500.00 is overdue on "
                            + Cases.get(reachable).getExternalRef() + "."));
            Eventually.until("the ceased debtor's path is blocked", () -> treatment(ceased).path("items[0].status"),
                    equalTo("BLOCKED"));
            assertThat(treatment(ceased).<String>path("items[0].stopReason")).contains("CEASE_COMMUNICATION");
            as(Tokens.collector()).get("/api/v1/messages?caseId=" + ceased).then().body("items.size()", equalTo(0));

            suite.travel(Duration.ofDays(1));
            run();
            Eventually.until("the call is booked", () -> stepStatuses(reachable), equalTo(List.of("SENT", "CALL_BOOKED")));
            as(Tokens.collector()).get("/api/v1/contact-requests?caseId=" + reachable).then().statusCode(200)
                    .body("items.channel", hasItem("CALL"));
            run();
            Eventually.until("the path is completed", () -> treatment(reachable).path("items[0].status"),
                    equalTo("COMPLETED"));
            assertThat(treatment(ceased).<List<String>>path("items[0].steps.status")).containsExactly("BLOCKED");
        } finally {
            suite.travelTo(Suite.START);
        }
    }

    private static void run() {
        as(Tokens.admin()).post("/api/v1/treatment-runs").then().statusCode(200);
    }

    private static Response treatment(UUID caseId) {
        Response r = as(Tokens.supervisor()).get("/api/v1/cases/" + caseId + "/treatments");
        r.then().statusCode(200);
        return r;
    }

    private static List<String> stepStatuses(UUID caseId) {
        List<String> statuses = treatment(caseId).path("items[0].steps.status");
        return statuses == null ? List.of() : statuses;
    }
}
