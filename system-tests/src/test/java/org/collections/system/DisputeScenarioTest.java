package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.awaitility.Awaitility;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Scenario 4: a dispute stops contact across the suite at once; its resolution lets it resume when permitted. */
class DisputeScenarioTest extends Scenario {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void disputeCancelsPendingContactsWithinTwoSecondsAndResolutionAllowsThemAgain() {
        String caseId = Cases.openInNewYork(unique("DISPUTE"), "800.00");
        Contacts.awaitKnown(caseId);
        String phone = Contacts.addPhone(Cases.debtorId(caseId), "+1 212 555 0103");
        String slot = Contacts.request(caseId, "CALL", phone).then().statusCode(201).extract().path("id");

        long filed = System.nanoTime();
        String disputeId = Cases.dispute(caseId);
        Awaitility.await("pending call cancelled").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> Contacts.slotStatus(caseId, slot), equalTo("CANCELLED"));
        System.out.printf("dispute → pending contact cancelled in %d ms%n", (System.nanoTime() - filed) / 1_000_000);

        JsonPath blocked = Contacts.decide(caseId, "CALL").then().statusCode(200).extract().jsonPath();
        assertThat(blocked.getString("decision")).isEqualTo("BLOCK");
        assertThat(blocked.getList("violations.ruleId")).contains("US_REGF.DISPUTE_PENDING");
        assertThat(blocked.getString("nextPermittedAt")).as("no contact until the dispute is resolved").isNull();
        Contacts.request(caseId, "CALL", phone).then().statusCode(409);

        Cases.resolveDispute(caseId, disputeId);
        Eventually.until("calls allowed again", () -> Contacts.decide(caseId, "CALL").then().extract()
                .<String>path("decision"), equalTo("ALLOW"));
        // at 22:00 in New York a call must wait for 08:00 the next morning, and is allowed then
        Instant tonight = LocalDate.ofInstant(suite.now(), NEW_YORK).atTime(22, 0).atZone(NEW_YORK).toInstant();
        JsonPath late = decideAt(caseId, tonight);
        assertThat(late.getList("violations.ruleId")).containsExactly("US_REGF.CONTACT_HOURS");
        Instant next = Instant.parse(late.getString("nextPermittedAt"));
        assertThat(next.atZone(NEW_YORK).toLocalTime()).hasToString("08:00");
        assertThat(decideAt(caseId, next).getString("decision")).isEqualTo("ALLOW");
    }

    private static JsonPath decideAt(String caseId, Instant at) {
        return as(suite.contacts, Tokens.collector()).body(Map.of("caseId", caseId, "channel", "CALL", "at", at.toString()))
                .post("/api/v1/contact-decisions").then().statusCode(200).extract().jsonPath();
    }
}
